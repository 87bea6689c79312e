package dev.beacon.registry.api;

import dev.beacon.registry.ModelMonitoring;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How Beacon watches the model, in a model request. Every field may be left out: registering then uses
 * the runtime's defaults (scraping on for vLLM, TGI and llama.cpp), updating keeps the stored value.
 */
@Schema(description = "Prometheus scraping and health probes of the model's server")
record MonitoringRequest(
        @Schema(description = "Scrape the server's Prometheus metrics") Boolean scrapeEnabled,
        @Schema(description = "Where the metrics are; empty means <endpointUrl>/metrics",
                example = "http://gpu-node-1:8000/metrics") String metricsUrl,
        @Schema(description = "Seconds between scrapes, 5–3600", example = "15") Integer scrapeIntervalSeconds,
        @Schema(description = "Seconds a scrape may take, 1–60, at most the interval", example = "5") Integer scrapeTimeoutSeconds,
        @Schema(description = "Probe the server's health") Boolean probeEnabled,
        @Schema(description = "Seconds between probes, 5–3600", example = "30") Integer probeIntervalSeconds,
        @Schema(description = "Seconds a probe may take, 1–60, at most the interval", example = "5") Integer probeTimeoutSeconds) {

    /** The settings this request asks for, taking what it leaves out from {@code base}. */
    ModelMonitoring over(ModelMonitoring base) {
        return new ModelMonitoring(
                scrapeEnabled == null ? base.scrapeEnabled() : scrapeEnabled,
                metricsUrl == null ? base.metricsUrl() : metricsUrl,
                scrapeIntervalSeconds == null ? base.scrapeIntervalSeconds() : scrapeIntervalSeconds,
                scrapeTimeoutSeconds == null ? base.scrapeTimeoutSeconds() : scrapeTimeoutSeconds,
                probeEnabled == null ? base.probeEnabled() : probeEnabled,
                probeIntervalSeconds == null ? base.probeIntervalSeconds() : probeIntervalSeconds,
                probeTimeoutSeconds == null ? base.probeTimeoutSeconds() : probeTimeoutSeconds);
    }
}
