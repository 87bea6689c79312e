package dev.beacon.evaluation.api;

import dev.beacon.evaluation.ChatMessage;
import dev.beacon.evaluation.EvalCase;
import dev.beacon.evaluation.ScorerJson;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.UUID;

/** A case as the API returns it. */
record CaseResource(UUID id, UUID suiteId,
                    @Schema(description = "Cases are shown and run in this order") int position,
                    List<ChatMessage> messages,
                    @Schema(description = "The last user message") String question,
                    String expected,
                    @Schema(description = "This case's own scorer, or null when it uses the suite's default")
                    JsonNode scorer,
                    List<String> tags) {

    static CaseResource of(EvalCase evalCase) {
        var data = evalCase.data();
        return new CaseResource(evalCase.id().value(), evalCase.suite().value(), evalCase.position(), data.messages(),
                data.question(), data.expected(), data.scorer() == null ? null : ScorerJson.write(data.scorer()),
                data.tags());
    }
}
