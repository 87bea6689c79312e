package dev.beacon.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules a case keeps, whether it is typed into a form, posted to the API or imported: a conversation of 1 to
 * {@value CaseData#MAX_MESSAGES} messages ending with the user's question, an expected answer the case's scorer can
 * read, and at most {@value CaseData#MAX_TAGS} tags without ";" (the CSV separator).
 */
final class CaseRules {

    private CaseRules() {
    }

    /** Tags stripped, blanks and repeats dropped; messages and the expected answer exactly as given. */
    static CaseData normalized(CaseData data) {
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : data.tags()) {
            if (tag != null && !tag.isBlank()) {
                tags.add(tag.strip());
            }
        }
        return new CaseData(data.messages(), data.expected() == null ? "" : data.expected(), data.scorer(),
                new ArrayList<>(tags));
    }

    /** The first problem of a normalized case scored by its own scorer or the suite's default. */
    static Optional<ScorerRules.Problem> problem(CaseData data, Scorer suiteDefault) {
        return messagesProblem(data.messages())
                .or(() -> data.expected().length() > CaseData.MAX_EXPECTED
                        ? problem("expected", "Use at most " + CaseData.MAX_EXPECTED + " characters") : Optional.empty())
                .or(() -> tagsProblem(data.tags()))
                .or(() -> data.scorer() == null ? Optional.empty() : ScorerRules.ofScorer(data.scorer(), "scorer"))
                .or(() -> ScorerRules.ofExpected(data.scorerOr(suiteDefault), data.expected()));
    }

    private static Optional<ScorerRules.Problem> messagesProblem(List<ChatMessage> messages) {
        if (messages.isEmpty()) {
            return problem("messages", "Enter the prompt");
        }
        if (messages.size() > CaseData.MAX_MESSAGES) {
            return problem("messages", "Use at most " + CaseData.MAX_MESSAGES + " messages");
        }
        for (ChatMessage message : messages) {
            if (message == null || !ChatMessage.ROLES.contains(message.role())) {
                return problem("messages", "Each message's role is system, user or assistant");
            }
            if (message.content() == null || message.content().isBlank()) {
                return problem("messages", "A message is empty");
            }
            if (message.content().length() > CaseData.MAX_CONTENT) {
                return problem("messages", "Use at most " + CaseData.MAX_CONTENT + " characters per message");
            }
        }
        if (!"user".equals(messages.getLast().role())) {
            return problem("messages", "The last message is the user's question");
        }
        return Optional.empty();
    }

    private static Optional<ScorerRules.Problem> tagsProblem(List<String> tags) {
        if (tags.size() > CaseData.MAX_TAGS) {
            return problem("tags", "Use at most " + CaseData.MAX_TAGS + " tags");
        }
        for (String tag : tags) {
            if (tag.length() > CaseData.MAX_TAG || tag.contains(";") || tag.contains("\n")) {
                return problem("tags", "A tag has at most " + CaseData.MAX_TAG + " characters and no \";\"");
            }
        }
        return Optional.empty();
    }

    private static Optional<ScorerRules.Problem> problem(String field, String message) {
        return Optional.of(new ScorerRules.Problem(field, message));
    }
}
