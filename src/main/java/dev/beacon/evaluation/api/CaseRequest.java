package dev.beacon.evaluation.api;

import dev.beacon.evaluation.CaseData;
import dev.beacon.evaluation.ChatMessage;
import dev.beacon.evaluation.Scorer;
import dev.beacon.evaluation.ScorerJson;
import dev.beacon.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

import java.util.List;

/** A case to add or save: a prompt (one user message) or messages, the expected answer, an optional scorer and tags. */
record CaseRequest(@Schema(description = "A single user message; give this or messages") String prompt,
                   @Schema(description = "The conversation, ending with the user's question; give this or prompt")
                   List<ChatMessage> messages,
                   @Schema(description = "What the scorer compares the answer with (text, alternatives separated by |, "
                           + "a pattern, a JSON Schema, a number or a letter)") String expected,
                   @Schema(description = "A scorer object, e.g. {\"type\": \"number\", \"tolerance\": 0.5}; "
                           + "absent = the suite's default") JsonNode scorer,
                   List<String> tags) {

    CaseData toData() {
        boolean hasPrompt = prompt != null;
        boolean hasMessages = messages != null && !messages.isEmpty();
        if (hasPrompt == hasMessages) {
            throw new InvalidInputException("prompt", "Give either a prompt or messages" + (hasPrompt ? ", not both" : ""));
        }
        List<ChatMessage> conversation = hasPrompt ? List.of(ChatMessage.user(prompt)) : messages;
        return new CaseData(conversation, expected == null ? "" : expected, readScorer(), tags);
    }

    private Scorer readScorer() {
        return scorer == null || scorer.isNull() ? null : ScorerJson.read(scorer);
    }
}
