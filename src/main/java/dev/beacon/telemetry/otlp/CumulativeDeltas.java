package dev.beacon.telemetry.otlp;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Turns the points of a histogram series into what happened between two points. Rules (see
 * docs/design-decisions/0012-otlp-metrics-to-rollups.md):
 * <ul>
 *   <li>A point not newer than the last one taken is a retried or late export: nothing new.</li>
 *   <li>A delta point counts as it is.</li>
 *   <li>A cumulative point counts what it adds to the last point taken of the same series.</li>
 *   <li>Without a usable last point — the first point of a series, or one after a reset (start time changed,
 *   a count went down, other bucket bounds) — a cumulative point whose series started at most
 *   {@link #RECENT_START} before it counts in full (everything it holds happened recently); otherwise it is
 *   only the baseline for the next point, since its totals may span hours or days and would all land in one
 *   minute.</li>
 * </ul>
 */
final class CumulativeDeltas {

    /** Covers the usual export intervals of the SDKs (60 s) and a few failed attempts. */
    static final Duration RECENT_START = Duration.ofMinutes(5);

    private CumulativeDeltas() {
    }

    /** What the point adds, if anything. */
    static Optional<HistogramSample> increment(HistogramSample last, HistogramSample point, boolean cumulative) {
        if (last != null && point.timeNanos() <= last.timeNanos()) {
            return Optional.empty();
        }
        if (!cumulative) {
            return nonEmpty(point);
        }
        if (last == null || !continues(last, point)) {
            return point.startNanos() > 0 && point.timeNanos() - point.startNanos() <= RECENT_START.toNanos()
                    ? nonEmpty(point) : Optional.empty();
        }
        long[] buckets = new long[point.bucketCounts().length];
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = point.bucketCounts()[i] - last.bucketCounts()[i];
        }
        Double sum = point.sum() == null || last.sum() == null ? null : point.sum() - last.sum();
        return nonEmpty(new HistogramSample(last.timeNanos(), point.timeNanos(), point.count() - last.count(), sum,
                buckets, point.bounds(), null, null));
    }

    /** The point belongs to the same run of the series as the last one. */
    private static boolean continues(HistogramSample last, HistogramSample point) {
        if (point.startNanos() != last.startNanos() || point.count() < last.count()
                || !Arrays.equals(point.bounds(), last.bounds())) {
            return false;
        }
        for (int i = 0; i < point.bucketCounts().length; i++) {
            if (point.bucketCounts()[i] < last.bucketCounts()[i]) {
                return false;
            }
        }
        return true;
    }

    private static Optional<HistogramSample> nonEmpty(HistogramSample sample) {
        return sample.count() > 0 ? Optional.of(sample) : Optional.empty();
    }
}
