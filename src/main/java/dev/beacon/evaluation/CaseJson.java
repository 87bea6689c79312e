package dev.beacon.evaluation;

import dev.beacon.shared.InvalidInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The JSON of case fields both file formats share: the messages array and a scorer's options. */
final class CaseJson {

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Set<String> MESSAGE_FIELDS = Set.of("role", "content");

    private CaseJson() {
    }

    /** Reads [{"role": "...", "content": "..."}, ...]; problems name the field "messages". */
    static List<ChatMessage> messages(JsonNode array) {
        if (array == null || !array.isArray()) {
            throw new InvalidInputException("messages", "messages is a JSON array of {\"role\", \"content\"} objects");
        }
        List<ChatMessage> messages = new ArrayList<>();
        for (JsonNode message : array) {
            if (!message.isObject() || !message.path("role").isString() || !message.path("content").isString()) {
                throw new InvalidInputException("messages",
                        "Each message is an object with a text \"role\" and a text \"content\"");
            }
            for (String field : message.propertyNames()) {
                if (!MESSAGE_FIELDS.contains(field)) {
                    throw new InvalidInputException("messages", "Unknown message field \"" + field + "\"");
                }
            }
            messages.add(new ChatMessage(message.get("role").asString(), message.get("content").asString()));
        }
        return messages;
    }

    static ArrayNode messages(List<ChatMessage> messages) {
        ArrayNode array = JSON.createArrayNode();
        messages.forEach(message -> array.addObject().put("role", message.role()).put("content", message.content()));
        return array;
    }

    /** A scorer's options without its type, as the CSV column scorer_options holds them. */
    static ObjectNode options(Scorer scorer) {
        ObjectNode options = ScorerJson.write(scorer);
        options.remove("type");
        return options;
    }

    /** Whether the case is one user message, which files write as a plain prompt. */
    static boolean isPrompt(CaseData data) {
        return data.messages().size() == 1 && "user".equals(data.messages().getFirst().role());
    }
}
