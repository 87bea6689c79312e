package dev.beacon.telemetry;

import dev.beacon.registry.ModelRuntime;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;

import java.time.Instant;

/**
 * What the model page's Telemetry tab shows: the last hour's figures, the latest scrape and probe, and
 * what an operator needs to send the model data.
 *
 * @param metricsUrl where scrapes read the metrics (the default already applied)
 * @param lastScrape null when the model was never scraped
 * @param lastProbe  null when the model was never probed
 * @param lastApiData  when the model last received events or scores through the REST API, or null
 * @param lastOtlpData when the model last received spans or metrics through OTLP, or null
 */
public record TelemetryOverview(ModelId model, TeamId team, ModelRuntime runtime, String servedModelName,
                                boolean scrapeEnabled, String metricsUrl, int scrapeIntervalSeconds,
                                boolean probeEnabled, int probeIntervalSeconds,
                                TelemetrySummary lastHour, MonitorCheck lastScrape, MonitorCheck lastProbe,
                                Instant lastApiData, Instant lastOtlpData) {

    /** Whether the last hour holds requests, tokens or server readings (probes alone do not count). */
    public boolean hasFigures() {
        return lastHour.requests() > 0 || lastHour.outputTokens() > 0 || lastHour.inputTokens() > 0
                || lastHour.queueDepthAvg() != null || lastHour.kvCacheUsageAvg() != null;
    }
}
