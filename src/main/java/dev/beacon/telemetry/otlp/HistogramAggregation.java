package dev.beacon.telemetry.otlp;

import dev.beacon.telemetry.otlp.GenAiConventions.MetricRole;
import dev.beacon.telemetry.rollup.Aggregate;
import dev.beacon.telemetry.rollup.Distribution;

import java.util.Locale;

/**
 * Adds what a GenAI histogram point says to a model's minute. A histogram knows only how many values fell
 * into each bucket, so each bucket stands for its middle (the first bucket starts at 0 or the point's
 * minimum, the open last bucket is its lower bound or the point's maximum); percentiles are then as good as
 * the buckets, and the rollup is marked bucketed.
 */
final class HistogramAggregation {

    private HistogramAggregation() {
    }

    /**
     * @param errorType     the point's {@code error.type}, null when its requests succeeded
     * @param tokenType     the point's {@code gen_ai.token.type}, for token usage
     * @param contextWindow the model's context window in tokens, for the context-use distribution
     */
    static void add(Aggregate aggregate, MetricRole role, String unit, HistogramSample sample, String errorType,
                    String tokenType, int contextWindow) {
        switch (role) {
            case REQUEST_DURATION -> {
                aggregate.addRequestCounts(sample.count(), 0);
                if (errorType != null) {
                    aggregate.addErrors(errorType, sample.count());
                }
                addBuckets(aggregate, Distribution.LATENCY, sample, millisPerUnit(unit));
            }
            case TIME_TO_FIRST_TOKEN -> addBuckets(aggregate, Distribution.TTFT, sample, millisPerUnit(unit));
            case TIME_PER_OUTPUT_TOKEN -> addBuckets(aggregate, Distribution.ITL, sample, millisPerUnit(unit));
            case TOKEN_USAGE -> addTokens(aggregate, sample, tokenType, contextWindow);
        }
    }

    private static void addTokens(Aggregate aggregate, HistogramSample sample, String tokenType, int contextWindow) {
        long tokens = Math.round(sample.sum() != null ? sample.sum() : estimatedSum(sample));
        if (tokenType != null && GenAiConventions.INPUT_TOKEN_TYPES.contains(tokenType.toLowerCase(Locale.ROOT))) {
            aggregate.addTokens(tokens, 0);
            if (contextWindow > 0) {
                addBuckets(aggregate, Distribution.CONTEXT_USE, sample, 1.0 / contextWindow);
            }
        } else if (tokenType != null && GenAiConventions.OUTPUT_TOKEN_TYPES.contains(tokenType.toLowerCase(Locale.ROOT))) {
            aggregate.addTokens(0, tokens);
        }
    }

    private static void addBuckets(Aggregate aggregate, Distribution distribution, HistogramSample sample, double scale) {
        long[] counts = sample.bucketCounts();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                aggregate.add(distribution, representative(sample, i) * scale, counts[i]);
            }
        }
        aggregate.markBucketed();
    }

    /** The value a bucket stands for, in the metric's unit. */
    static double representative(HistogramSample sample, int bucket) {
        double[] bounds = sample.bounds();
        if (bounds.length == 0) {
            return sample.sum() != null && sample.count() > 0 ? sample.sum() / sample.count() : 0;
        }
        if (bucket == bounds.length) {
            return sample.max() != null && sample.max() > bounds[bounds.length - 1] ? sample.max() : bounds[bounds.length - 1];
        }
        double upper = bounds[bucket];
        double lower = bucket > 0 ? bounds[bucket - 1]
                : sample.min() != null && sample.min() <= upper ? Math.max(0, sample.min()) : Math.min(0, upper);
        return (lower + upper) / 2;
    }

    private static double estimatedSum(HistogramSample sample) {
        double sum = 0;
        for (int i = 0; i < sample.bucketCounts().length; i++) {
            sum += representative(sample, i) * sample.bucketCounts()[i];
        }
        return sum;
    }

    /** Durations are in seconds by the conventions; a client that chose ms or another unit says so. */
    static double millisPerUnit(String unit) {
        return switch (unit == null ? "" : unit.strip()) {
            case "ms" -> 1;
            case "us", "µs", "μs" -> 0.001;
            case "ns" -> 0.000_001;
            case "min" -> 60_000;
            default -> 1000;
        };
    }
}
