package dev.beacon.evaluation;

import java.util.List;

/**
 * Two runs of one suite side by side, case by case (matched by case, then by question): regressed cases first, then
 * improved ones, cases only one run has, and the unchanged ones, each group in case order.
 */
public record Comparison(Run a, Run b, List<ComparedCase> cases) {

    /** How a case changed from run a to run b. */
    public enum Change {
        /** Passed in a, not in b. */
        REGRESSED,
        /** Not passed in a, passed in b. */
        IMPROVED,
        ONLY_A,
        ONLY_B,
        /** The same outcome in both. */
        SAME
    }

    public long count(Change change) {
        return cases.stream().filter(each -> each.change() == change).count();
    }
}
