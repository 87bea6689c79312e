package dev.beacon.telemetry.scrape;

import dev.beacon.telemetry.rollup.Distribution;
import dev.beacon.telemetry.rollup.Gauge;

import java.util.List;

import static dev.beacon.telemetry.scrape.MetricMapping.names;

/**
 * llama.cpp's llama-server metrics ({@code --metrics}): unlabelled, one model per server, values may be a
 * lowercase {@code nan}. It counts tokens but not requests, so a scraped llama.cpp model has token and
 * throughput figures but no request rate. Not used: {@code llamacpp:prompt_seconds_total} and the
 * since-start averages {@code llamacpp:prompt_tokens_seconds} and {@code llamacpp:predicted_tokens_seconds}
 * (the per-interval throughput comes from the counters), {@code llamacpp:n_decode_total} and
 * {@code llamacpp:n_busy_slots_per_decode} (engine internals with no Beacon figure).
 */
final class LlamaCppMetrics {

    static final MetricMapping MAPPING = new MetricMapping("llama.cpp",
            List.of(new MetricMapping.CounterRule(names("llamacpp:prompt_tokens_total"), MetricMapping.Figure.INPUT_TOKENS),
                    new MetricMapping.CounterRule(names("llamacpp:tokens_predicted_total"), MetricMapping.Figure.OUTPUT_TOKENS)),
            List.of(),
            List.of(),
            List.of(new MetricMapping.GaugeRule(names("llamacpp:requests_deferred"), Gauge.QUEUE_DEPTH, false),
                    new MetricMapping.GaugeRule(names("llamacpp:requests_processing"), Gauge.RUNNING_REQUESTS, false),
                    // only some builds still emit it
                    new MetricMapping.GaugeRule(names("llamacpp:kv_cache_usage_ratio"), Gauge.KV_CACHE_USAGE, true)),
            List.of(new MetricMapping.ThroughputRule("llamacpp:tokens_predicted_total",
                    "llamacpp:tokens_predicted_seconds_total", Distribution.GENERATION_SPEED)));

    private LlamaCppMetrics() {
    }
}
