package dev.beacon.evaluation.api;

import dev.beacon.evaluation.ScorerJson;
import dev.beacon.evaluation.Suite;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

/** A suite as the API returns it; {@code version} must be sent back to change it. */
record SuiteResource(UUID id, UUID teamId, String teamName, String name, String description,
                     @Schema(description = "Derived from the name at creation and kept on rename; completed runs write "
                             + "the score series 'accuracy:<slug>'") String slug,
                     @Schema(description = "Scores every case without a scorer of its own: {\"type\": \"exact\", ...}")
                     JsonNode defaultScorer,
                     int caseCount, int version, Instant createdAt, String createdBy, Instant updatedAt,
                     String updatedBy) {

    static SuiteResource of(Suite suite) {
        return new SuiteResource(suite.id().value(), suite.team().value(), suite.teamName(), suite.name(),
                suite.data().description(), suite.slug(), ScorerJson.write(suite.data().defaultScorer()),
                suite.caseCount(), suite.version(), suite.createdAt(), suite.createdBy(), suite.updatedAt(),
                suite.updatedBy());
    }
}
