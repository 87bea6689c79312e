package dev.beacon.evaluation;

import java.util.Set;

/**
 * One message of a case's conversation, as the OpenAI chat API takes it.
 *
 * @param role "system", "user" or "assistant"
 */
public record ChatMessage(String role, String content) {

    public static final Set<String> ROLES = Set.of("system", "user", "assistant");

    public static ChatMessage system(String content) {
        return new ChatMessage("system", content);
    }

    public static ChatMessage user(String content) {
        return new ChatMessage("user", content);
    }

    public static ChatMessage assistant(String content) {
        return new ChatMessage("assistant", content);
    }
}
