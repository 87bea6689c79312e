package dev.beacon.telemetry.scrape;

import dev.beacon.telemetry.rollup.Distribution;
import dev.beacon.telemetry.rollup.Gauge;

import java.util.List;
import java.util.Map;

import static dev.beacon.telemetry.scrape.MetricMapping.names;

/**
 * Text Generation Inference's Prometheus metrics (its router's metrics crate: counters carry no
 * {@code _total}, nothing is labelled with the model). Token totals come from the sums of the token
 * histograms. Not used: {@code tgi_request_success} (requests minus failures).
 */
final class TgiMetrics {

    static final MetricMapping MAPPING = new MetricMapping("TGI",
            List.of(new MetricMapping.CounterRule(names("tgi_request_count"), MetricMapping.Figure.REQUESTS)),
            // err is e.g. validation, overloaded, dropped, incomplete, generation: each its own error type
            List.of(new MetricMapping.ErrorRule("tgi_request_failure", "err", Map.of())),
            List.of(new MetricMapping.HistogramRule(names("tgi_request_duration"),
                            Distribution.LATENCY, MetricMapping.Unit.SECONDS, null),
                    new MetricMapping.HistogramRule(names("tgi_request_queue_duration"),
                            Distribution.QUEUE_TIME, MetricMapping.Unit.SECONDS, null),
                    new MetricMapping.HistogramRule(names("tgi_request_mean_time_per_token_duration"),
                            Distribution.ITL, MetricMapping.Unit.SECONDS, null),
                    new MetricMapping.HistogramRule(names("tgi_request_input_length"),
                            Distribution.CONTEXT_USE, MetricMapping.Unit.PROMPT_TOKENS, MetricMapping.Figure.INPUT_TOKENS),
                    new MetricMapping.HistogramRule(names("tgi_request_generated_tokens"),
                            null, MetricMapping.Unit.TOKENS, MetricMapping.Figure.OUTPUT_TOKENS)),
            List.of(new MetricMapping.GaugeRule(names("tgi_queue_size"), Gauge.QUEUE_DEPTH, false),
                    new MetricMapping.GaugeRule(names("tgi_batch_current_size"), Gauge.RUNNING_REQUESTS, false)),
            List.of());

    private TgiMetrics() {
    }
}
