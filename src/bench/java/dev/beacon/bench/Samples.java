package dev.beacon.bench;

import java.util.ArrayList;
import java.util.List;

/** Measured values (e.g. durations in ms) and their nearest-rank percentiles. Thread-safe. */
final class Samples {

    private final List<Double> values = new ArrayList<>();

    synchronized void add(double value) {
        values.add(value);
    }

    synchronized int count() {
        return values.size();
    }

    /** The nearest-rank percentile, as PostgreSQL's percentile_disc computes it. */
    synchronized double percentile(double q) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.max(0, (int) Math.ceil(q * sorted.size()) - 1));
    }

    synchronized String describe() {
        return "n=" + values.size() + ", p50 " + Results.number(percentile(0.5), 1) + ", p95 " + Results.number(percentile(0.95), 1)
                + ", max " + Results.number(percentile(1.0), 1);
    }
}
