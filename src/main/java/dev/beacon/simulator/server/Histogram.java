package dev.beacon.simulator.server;

import java.util.Arrays;

/** A Prometheus histogram: counts per bucket (upper bounds, plus +Inf), their sum and count. */
final class Histogram {

    private final double[] bounds;
    private final long[] counts;
    private double sum;
    private long count;

    Histogram(double[] bounds) {
        this.bounds = bounds.clone();
        this.counts = new long[bounds.length + 1];
    }

    void observe(double value) {
        observe(value, 1);
    }

    /** The same value seen {@code times} times. */
    void observe(double value, long times) {
        int bucket = Arrays.binarySearch(bounds, value);
        counts[bucket >= 0 ? bucket : -bucket - 1] += times;
        sum += value * times;
        count += times;
    }

    double[] bounds() {
        return bounds.clone();
    }

    /** Observations at most {@code bounds[index]} ({@code index == bounds.length}: all of them). */
    long cumulative(int index) {
        long total = 0;
        for (int i = 0; i <= index; i++) {
            total += counts[i];
        }
        return total;
    }

    double sum() {
        return sum;
    }

    long count() {
        return count;
    }
}
