package dev.beacon.telemetry.ingest;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** An accuracy or evaluation score computed outside Beacon. */
@Schema(description = "An accuracy or evaluation score of a model")
public record ScoreInput(
        @Schema(description = "Beacon model id, or the served model name as registered")
        String model,
        @Schema(description = "When the score was measured (ISO-8601)")
        Instant timestamp,
        @Schema(description = "What was measured, e.g. accuracy or faithfulness", example = "accuracy")
        String name,
        @Schema(description = "The score", example = "0.87")
        Double value,
        @Schema(description = "The dataset it was measured on", example = "support-golden-v3")
        String dataset,
        @Schema(description = "Who or what scored it", example = "ragas")
        String evaluator) {
}
