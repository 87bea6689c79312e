package dev.beacon.evaluation;

import dev.beacon.telemetry.ingest.EventSource;
import dev.beacon.telemetry.ingest.IngestionCaller;
import dev.beacon.telemetry.ingest.IngestionService;
import dev.beacon.telemetry.ingest.ScoreInput;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Writes a completed run's accuracy into the model's score series, {@code accuracy} and {@code accuracy:<suite slug>},
 * through telemetry's ingestion like any client's scores (source EVALUATION, dataset = the suite's name, evaluator
 * "beacon"), so the model dashboard, the fleet overview and alert rules on eval scores see it with no extra wiring.
 */
@Component
class RunScores {

    static final String EVALUATOR = "beacon";

    private final IngestionService ingestion;

    RunScores(IngestionService ingestion) {
        this.ingestion = ingestion;
    }

    void write(RunPlan plan, double accuracy, Instant at) {
        IngestionCaller caller = new IngestionCaller(null, plan.suite().team(), Optional.of(plan.model()),
                "Evaluation of " + plan.suite().name());
        String model = plan.model().toString();
        ingestion.ingestScores(caller, List.of(
                new ScoreInput(model, at, "accuracy", accuracy, plan.suite().name(), EVALUATOR),
                new ScoreInput(model, at, plan.suite().scoreName(), accuracy, plan.suite().name(), EVALUATOR)),
                EventSource.EVALUATION, true);
    }
}
