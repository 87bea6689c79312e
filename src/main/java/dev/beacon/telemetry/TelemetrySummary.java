package dev.beacon.telemetry;

import java.time.Instant;
import java.util.Map;

/**
 * A model's figures over a time range. Every name says its unit; a figure is null when the range holds
 * no data for it (e.g. no streaming requests, so no time to first token).
 *
 * @param errorRate             failed requests ÷ requests, 0–1
 * @param outputTokensPerSecond output tokens generated per second of the range (throughput)
 * @param contextUtilizationP95 95th percentile of input tokens ÷ context window
 * @param probeUpRatio          share of health probes that found the server up, 0–1
 * @param bucketed              true when part of the percentiles came from histogram buckets
 */
public record TelemetrySummary(
        Instant from, Instant to,
        long requests, Double requestsPerMinute, long errors, Double errorRate, Map<String, Long> errorsByType,
        Double latencyP50Ms, Double latencyP95Ms, Double latencyP99Ms,
        Double timeToFirstTokenP50Ms, Double timeToFirstTokenP95Ms, Double timeToFirstTokenP99Ms,
        Double interTokenLatencyP50Ms, Double interTokenLatencyP95Ms, Double interTokenLatencyP99Ms,
        long inputTokens, long outputTokens, Double outputTokensPerSecond, Double generationTokensPerSecondP50,
        Double contextUtilizationP95, Double contextUtilizationMax,
        Double queueDepthAvg, Double queueDepthMax, Double kvCacheUsageAvg, Double kvCacheUsageMax,
        Double probeUpRatio, LastProbe lastProbe, Map<String, ScoreSummary> scores, boolean bucketed) {
}
