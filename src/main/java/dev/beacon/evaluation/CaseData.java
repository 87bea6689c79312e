package dev.beacon.evaluation;

import java.util.List;

/**
 * What people edit of a case.
 *
 * @param messages the conversation sent to the model; the last message is the user's question
 * @param expected the expected answer; what it means depends on the scorer (see {@link Scorer})
 * @param scorer   null = the suite's default scorer
 * @param tags     free labels, e.g. "arithmetic"; never null
 */
public record CaseData(List<ChatMessage> messages, String expected, Scorer scorer, List<String> tags) {

    public static final int MAX_MESSAGES = 50;
    public static final int MAX_CONTENT = 10_000;
    public static final int MAX_EXPECTED = 10_000;
    public static final int MAX_TAGS = 20;
    public static final int MAX_TAG = 50;

    public CaseData {
        messages = messages == null ? List.of() : List.copyOf(messages);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A case of one user message. */
    public static CaseData prompt(String prompt, String expected, Scorer scorer, List<String> tags) {
        return new CaseData(List.of(ChatMessage.user(prompt)), expected, scorer, tags);
    }

    /** The last user message: what the case asks, as result lists show it. */
    public String question() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if ("user".equals(messages.get(i).role())) {
                return messages.get(i).content();
            }
        }
        return "";
    }

    /** The scorer this case is scored with. */
    public Scorer scorerOr(Scorer suiteDefault) {
        return scorer == null ? suiteDefault : scorer;
    }
}
