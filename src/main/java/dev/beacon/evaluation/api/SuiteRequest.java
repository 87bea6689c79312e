package dev.beacon.evaluation.api;

import dev.beacon.evaluation.Scorer;
import dev.beacon.evaluation.ScorerJson;
import dev.beacon.evaluation.SuiteData;
import dev.beacon.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

/**
 * A suite to create or save.
 *
 * @param version required when saving: the version read last (a stale one answers 409)
 */
record SuiteRequest(@Schema(description = "1–100 characters, unique in the team (ignoring case)") String name,
                    @Schema(description = "Up to 2000 characters") String description,
                    @Schema(description = "A scorer object, e.g. {\"type\": \"contains\", \"ignoreCase\": true}; "
                            + "absent = exact match with every normalisation") JsonNode defaultScorer,
                    Integer version) {

    SuiteData toData() {
        return new SuiteData(name, description, readScorer());
    }

    int requiredVersion() {
        if (version == null) {
            throw new InvalidInputException("version", "Send the version you read, to save without overwriting others");
        }
        return version;
    }

    private Scorer readScorer() {
        if (defaultScorer == null || defaultScorer.isNull()) {
            return null;
        }
        try {
            return ScorerJson.read(defaultScorer);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.field().replaceFirst("^scorer", "defaultScorer"), e.getMessage());
        }
    }
}
