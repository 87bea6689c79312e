package dev.beacon.evaluation;

import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;

import java.time.Instant;

/**
 * One run of a suite on a model.
 *
 * @param modelVersionLabel the registry's version label of the model when the run started
 * @param errorReason       why the run ERRORED (or was CANCELLED); null otherwise
 * @param accuracy          passed / (passed + failed), 0..1; null unless COMPLETED
 * @param startedBy         the user's name, or null when Beacon's schedule started it
 */
public record Run(RunId id, TeamId team, SuiteId suite, String suiteName, ModelId model, String modelName,
                  String modelVersionLabel, RunTrigger trigger, RunStatus status, String errorReason, int totalCases,
                  int passed, int failed, int errored, Double accuracy, Double latencyP50Ms, Double latencyP95Ms,
                  long promptTokens, long completionTokens, String startedBy, Instant startedAt, Instant finishedAt) {

    /** Cases finished so far (all of them once the run is over). */
    public int done() {
        return passed + failed + errored;
    }
}
