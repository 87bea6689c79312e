package dev.beacon.evaluation;

import java.util.List;
import java.util.Optional;

/**
 * A run with its per-case results (in case order).
 *
 * @param previousRun the previous finished COMPLETED run of the same suite on the same model, which regressions are
 *                    measured against
 */
public record RunDetails(Run run, List<CaseResult> results, Optional<RunId> previousRun) {

    public long regressions() {
        return results.stream().filter(CaseResult::regressed).count();
    }
}
