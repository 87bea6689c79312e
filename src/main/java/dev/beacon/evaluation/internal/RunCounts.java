package dev.beacon.evaluation.internal;

/** How a run's cases went so far. */
public record RunCounts(int total, int passed, int failed, int errored) {

    public int done() {
        return passed + failed + errored;
    }
}
