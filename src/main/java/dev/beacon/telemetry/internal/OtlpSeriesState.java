package dev.beacon.telemetry.internal;

/**
 * The last point Beacon took of one OTLP histogram series (see {@link JooqOtlpSeriesRepository}).
 *
 * @param sum null when the client sent no sum
 */
public record OtlpSeriesState(String seriesHash, long startTimeUnixNano, long timeUnixNano, long count, Double sum,
                              long[] bucketCounts, double[] explicitBounds) {
}
