package dev.beacon.evaluation.ui;

import dev.beacon.evaluation.ChatMessage;
import dev.beacon.shared.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * A case's conversation as the case dialog shows it: a prompt (with an optional system message) when that is all it
 * is, otherwise the chat messages as a JSON array, the same shape the JSONL import takes.
 */
final class CaseMessages {

    static final String USER = "user";
    static final String SYSTEM = "system";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CaseMessages() {
    }

    /** True when the messages are one user message, optionally after one system message. */
    static boolean isPrompt(List<ChatMessage> messages) {
        return switch (messages.size()) {
            case 1 -> USER.equals(messages.getFirst().role());
            case 2 -> SYSTEM.equals(messages.get(0).role()) && USER.equals(messages.get(1).role());
            default -> false;
        };
    }

    static List<ChatMessage> ofPrompt(String system, String prompt) {
        List<ChatMessage> messages = new ArrayList<>();
        if (system != null && !system.isBlank()) {
            messages.add(new ChatMessage(SYSTEM, system));
        }
        messages.add(new ChatMessage(USER, prompt));
        return messages;
    }

    static String toJson(List<ChatMessage> messages) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(messages);
    }

    /** Reads a JSON array of {role, content}; refuses anything else, naming the field "messages". */
    static List<ChatMessage> fromJson(String text) {
        JsonNode array;
        try {
            array = JSON.readTree(text == null ? "" : text);
        } catch (JacksonException e) {
            throw new InvalidInputException("messages", "Enter the messages as a JSON array, e.g. "
                    + "[{\"role\": \"user\", \"content\": \"What is 2 + 2?\"}]");
        }
        if (array == null || !array.isArray() || array.isEmpty()) {
            throw new InvalidInputException("messages", "Enter at least one message as a JSON array of {role, content}");
        }
        List<ChatMessage> messages = new ArrayList<>();
        for (JsonNode message : array) {
            if (!message.isObject() || !message.path("role").isString() || !message.path("content").isString()) {
                throw new InvalidInputException("messages", "Every message needs a role (system, user or assistant) and a content");
            }
            messages.add(new ChatMessage(message.path("role").asString(), message.path("content").asString()));
        }
        return messages;
    }
}
