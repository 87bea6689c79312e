package dev.beacon.telemetry;

import dev.beacon.telemetry.rollup.Aggregate;

import java.time.Duration;

/**
 * A model's headline figures over the last {@link InterimHealth#ERROR_RATE_WINDOW}; a figure is null when
 * that window holds no data for it.
 *
 * @param requests              requests in the window
 * @param requestsPerMinute     null without a single request: like the other figures, "no data" rather than a
 *                              0 that would be wrong for a source that counts tokens but not requests
 *                              (llama.cpp's metrics)
 * @param errorRate             failed requests ÷ requests, 0–1
 * @param contextUtilizationP95 95th percentile of input tokens ÷ context window
 * @param bucketed              true when the latency percentile came (partly) from histogram buckets
 */
public record FleetFigures(long requests, Double requestsPerMinute, Double latencyP95Ms, Double outputTokensPerSecond,
                           Double errorRate, Double contextUtilizationP95, boolean bucketed) {

    static FleetFigures of(Aggregate window, Duration span) {
        return new FleetFigures(window.requests(),
                window.requests() == 0 ? null : TelemetryMetric.REQUESTS_PER_MINUTE.valueOf(window, span),
                TelemetryMetric.LATENCY_P95_MS.valueOf(window, span),
                TelemetryMetric.OUTPUT_TOKENS_PER_SECOND.valueOf(window, span),
                TelemetryMetric.ERROR_RATE.valueOf(window, span),
                TelemetryMetric.CONTEXT_UTILIZATION_P95.valueOf(window, span),
                window.bucketed());
    }
}
