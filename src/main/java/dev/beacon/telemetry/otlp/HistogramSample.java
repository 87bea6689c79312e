package dev.beacon.telemetry.otlp;

import dev.beacon.telemetry.internal.OtlpSeriesState;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;

/**
 * The figures of one histogram point: for a cumulative series everything since its start, for a delta
 * (or a computed increment) what happened between start and time. Bounds are in the metric's unit.
 *
 * @param sum null when unknown
 * @param min null when unknown (or, for cumulative series, not about this interval)
 * @param max likewise
 */
record HistogramSample(long startNanos, long timeNanos, long count, Double sum, long[] bucketCounts, double[] bounds,
                       Double min, Double max) {

    static HistogramSample of(HistogramDataPoint point) {
        return new HistogramSample(point.getStartTimeUnixNano(), point.getTimeUnixNano(), point.getCount(),
                point.hasSum() ? point.getSum() : null,
                point.getBucketCountsList().stream().mapToLong(Long::longValue).toArray(),
                point.getExplicitBoundsList().stream().mapToDouble(Double::doubleValue).toArray(),
                point.hasMin() ? point.getMin() : null, point.hasMax() ? point.getMax() : null);
    }

    static HistogramSample of(OtlpSeriesState state) {
        return new HistogramSample(state.startTimeUnixNano(), state.timeUnixNano(), state.count(), state.sum(),
                state.bucketCounts(), state.explicitBounds(), null, null);
    }

    OtlpSeriesState toState(String seriesHash) {
        return new OtlpSeriesState(seriesHash, startNanos, timeNanos, count, sum, bucketCounts, bounds);
    }

    /** Buckets and bounds fit together: n bounds, n + 1 counts, bounds rising, counts adding up. */
    boolean isWellFormed() {
        if (bucketCounts.length != bounds.length + 1 || timeNanos <= 0) {
            return false;
        }
        for (int i = 1; i < bounds.length; i++) {
            if (!(bounds[i] > bounds[i - 1])) {
                return false;
            }
        }
        long total = 0;
        for (long bucket : bucketCounts) {
            if (bucket < 0) {
                return false;
            }
            total += bucket;
        }
        return total == count;
    }
}
