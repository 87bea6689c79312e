package dev.beacon.registry;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * How Beacon watches a model's server itself: Prometheus scrapes of its metrics and active health probes.
 *
 * @param metricsUrl null means {@code <endpoint>/metrics}
 */
public record ModelMonitoring(
        boolean scrapeEnabled,
        @Size(max = 500, message = "Use at most 500 characters") @HttpUrl(message = "Enter an http:// or https:// URL, "
                + "e.g. http://gpu-node-1:8000/metrics, or leave it empty for <endpoint>/metrics")
        String metricsUrl,
        @NotNull(message = "Enter the scrape interval in seconds")
        @Min(value = 5, message = "Scrape at most every 5 seconds") @Max(value = 3600, message = "Scrape at least once an hour")
        Integer scrapeIntervalSeconds,
        @NotNull(message = "Enter the scrape timeout in seconds")
        @Min(value = 1, message = "Must be 1 to 60 seconds") @Max(value = 60, message = "Must be 1 to 60 seconds")
        Integer scrapeTimeoutSeconds,
        boolean probeEnabled,
        @NotNull(message = "Enter the probe interval in seconds")
        @Min(value = 5, message = "Probe at most every 5 seconds") @Max(value = 3600, message = "Probe at least once an hour")
        Integer probeIntervalSeconds,
        @NotNull(message = "Enter the probe timeout in seconds")
        @Min(value = 1, message = "Must be 1 to 60 seconds") @Max(value = 60, message = "Must be 1 to 60 seconds")
        Integer probeTimeoutSeconds) {

    public static final int DEFAULT_SCRAPE_INTERVAL_SECONDS = 15;
    public static final int DEFAULT_PROBE_INTERVAL_SECONDS = 30;
    public static final int DEFAULT_TIMEOUT_SECONDS = 5;

    /** Scraping on for the runtimes that serve Prometheus metrics (vLLM, TGI, llama.cpp), probes on for all. */
    public static ModelMonitoring defaultsFor(ModelRuntime runtime) {
        return new ModelMonitoring(servesMetrics(runtime), null, DEFAULT_SCRAPE_INTERVAL_SECONDS, DEFAULT_TIMEOUT_SECONDS,
                true, DEFAULT_PROBE_INTERVAL_SECONDS, DEFAULT_TIMEOUT_SECONDS);
    }

    /** Whether the runtime serves Prometheus metrics at /metrics (llama.cpp when started with --metrics). */
    public static boolean servesMetrics(ModelRuntime runtime) {
        return runtime == ModelRuntime.VLLM || runtime == ModelRuntime.TGI || runtime == ModelRuntime.LLAMA_CPP;
    }

    /** Where the server's metrics are: the metrics URL, or {@code <endpoint>/metrics}. */
    public String effectiveMetricsUrl(String endpointUrl) {
        return metricsUrlFor(metricsUrl, endpointUrl);
    }

    static String metricsUrlFor(String metricsUrl, String endpointUrl) {
        if (metricsUrl != null && !metricsUrl.isBlank()) {
            return metricsUrl;
        }
        return endpointUrl.endsWith("/") ? endpointUrl + "metrics" : endpointUrl + "/metrics";
    }

    /** Trims the metrics URL; an empty one means the default. */
    public ModelMonitoring normalized() {
        String url = metricsUrl == null || metricsUrl.isBlank() ? null : metricsUrl.strip();
        return new ModelMonitoring(scrapeEnabled, url, scrapeIntervalSeconds, scrapeTimeoutSeconds, probeEnabled,
                probeIntervalSeconds, probeTimeoutSeconds);
    }
}
