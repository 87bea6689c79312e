package dev.beacon.evaluation;

import dev.beacon.shared.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cases as JSON Lines: one JSON object per line with {@code prompt} (a text) or {@code messages} (an array),
 * {@code expected} (a text), and optionally {@code scorer} (an object {"type": ..., ...options}) and {@code tags}
 * (an array of texts). Blank lines are skipped; line numbers are the file's. See docs/evaluation-formats.md.
 */
final class JsonlCases {

    private static final Set<String> FIELDS = Set.of("prompt", "messages", "expected", "scorer", "tags");

    private JsonlCases() {
    }

    static CaseFile read(String text) {
        String jsonl = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = jsonl.split("\r?\n", -1);
        List<CaseFile.Line> cases = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                cases.add(line(i + 1, lines[i]));
            } catch (InvalidInputException e) {
                problems.add(new ImportProblem(i + 1, e.field(), e.getMessage()));
            }
        }
        return new CaseFile(cases, problems);
    }

    static String write(List<CaseData> cases) {
        StringBuilder out = new StringBuilder();
        for (CaseData data : cases) {
            ObjectNode line = CaseJson.JSON.createObjectNode();
            if (CaseJson.isPrompt(data)) {
                line.put("prompt", data.messages().getFirst().content());
            } else {
                line.set("messages", CaseJson.messages(data.messages()));
            }
            line.put("expected", data.expected());
            if (data.scorer() != null) {
                line.set("scorer", ScorerJson.write(data.scorer()));
            }
            if (!data.tags().isEmpty()) {
                ArrayNode tags = line.putArray("tags");
                data.tags().forEach(tags::add);
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private static CaseFile.Line line(int number, String text) {
        JsonNode object;
        try {
            object = CaseJson.JSON.readTree(text);
        } catch (JacksonException e) {
            throw new InvalidInputException(null, "Not a valid JSON object: " + e.getOriginalMessage());
        }
        if (object == null || !object.isObject()) {
            throw new InvalidInputException(null, "Each line is one JSON object");
        }
        for (String field : object.propertyNames()) {
            if (!FIELDS.contains(field)) {
                throw new InvalidInputException(field, "Unknown field \"" + field + "\"; the fields are prompt, "
                        + "messages, expected, scorer, tags");
            }
        }
        boolean prompt = object.has("prompt");
        if (prompt == object.has("messages")) {
            throw new InvalidInputException("prompt", "Give either a prompt or messages" + (prompt ? ", not both" : ""));
        }
        if (prompt && !object.get("prompt").isString()) {
            throw new InvalidInputException("prompt", "prompt is a text");
        }
        List<ChatMessage> messages = prompt ? List.of(ChatMessage.user(object.get("prompt").asString()))
                : CaseJson.messages(object.get("messages"));
        JsonNode expected = object.get("expected");
        if (expected == null || !expected.isString()) {
            throw new InvalidInputException("expected", "expected is a text" + (expected != null && expected.isNumber()
                    ? "; write it in quotes, like \"42\"" : ""));
        }
        return new CaseFile.Line(number, new CaseData(messages, expected.asString(), scorer(object.get("scorer")),
                tags(object.get("tags"))), prompt);
    }

    private static Scorer scorer(JsonNode scorer) {
        if (scorer == null || scorer.isNull()) {
            return null;
        }
        try {
            return ScorerJson.read(scorer);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("scorer", e.getMessage());
        }
    }

    private static List<String> tags(JsonNode tags) {
        if (tags == null || tags.isNull()) {
            return List.of();
        }
        if (!tags.isArray()) {
            throw new InvalidInputException("tags", "tags is an array of texts");
        }
        List<String> result = new ArrayList<>();
        for (JsonNode tag : tags) {
            if (!tag.isString()) {
                throw new InvalidInputException("tags", "tags is an array of texts");
            }
            result.add(tag.asString());
        }
        return result;
    }
}
