package dev.beacon.registry;

import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;

/**
 * What background work needs to know about a model: where it runs, how it is called, and how Beacon
 * watches it (Prometheus scrapes of its metrics, health probes).
 *
 * @param metricsUrl null means {@code <endpointUrl>/metrics}
 */
public record ModelEntry(ModelId id, TeamId team, String name, ModelRuntime runtime, String endpointUrl,
                         String servedModelName, int contextWindow, ModelStatus status,
                         boolean scrapeEnabled, String metricsUrl, int scrapeIntervalSeconds, int scrapeTimeoutSeconds,
                         boolean probeEnabled, int probeIntervalSeconds, int probeTimeoutSeconds) {

    /** Where the server's Prometheus metrics are. */
    public String effectiveMetricsUrl() {
        return ModelMonitoring.metricsUrlFor(metricsUrl, endpointUrl);
    }
}
