package dev.beacon.telemetry.scrape;

import dev.beacon.telemetry.rollup.Distribution;
import dev.beacon.telemetry.rollup.Gauge;

import java.util.List;
import java.util.Map;

import static dev.beacon.telemetry.scrape.MetricMapping.names;

/**
 * vLLM's Prometheus metrics (vllm/v1/metrics/loggers.py), labelled {@code model_name} and {@code engine}; the
 * engines of a data-parallel server are added up. Not used: {@code vllm:request_generation_tokens} (output
 * tokens come from the counter; Beacon keeps no distribution of output lengths) and the prefill, decode and
 * inference phase histograms.
 */
final class VllmMetrics {

    static final MetricMapping MAPPING = new MetricMapping("vLLM",
            List.of(new MetricMapping.CounterRule(names("vllm:request_success_total"), MetricMapping.Figure.REQUESTS),
                    new MetricMapping.CounterRule(names("vllm:prompt_tokens_total"), MetricMapping.Figure.INPUT_TOKENS),
                    new MetricMapping.CounterRule(names("vllm:generation_tokens_total"), MetricMapping.Figure.OUTPUT_TOKENS),
                    new MetricMapping.CounterRule(names("vllm:num_preemptions_total"), MetricMapping.Figure.PREEMPTIONS)),
            // finished_reason is one of stop, length, abort, error, repetition: abort is the client giving up,
            // error a failure inside the server (answered with HTTP 500).
            List.of(new MetricMapping.ErrorRule("vllm:request_success_total", "finished_reason",
                    Map.of("error", "server_error", "abort", "aborted"))),
            List.of(new MetricMapping.HistogramRule(names("vllm:e2e_request_latency_seconds"),
                            Distribution.LATENCY, MetricMapping.Unit.SECONDS, null),
                    new MetricMapping.HistogramRule(names("vllm:time_to_first_token_seconds"),
                            Distribution.TTFT, MetricMapping.Unit.SECONDS, null),
                    // renamed in vLLM 0.11; the old name observed the same inter-token latencies
                    new MetricMapping.HistogramRule(names("vllm:inter_token_latency_seconds", "vllm:time_per_output_token_seconds"),
                            Distribution.ITL, MetricMapping.Unit.SECONDS, null),
                    // one observation per request: its mean time per output token
                    new MetricMapping.HistogramRule(names("vllm:request_time_per_output_token_seconds"),
                            Distribution.GENERATION_SPEED, MetricMapping.Unit.SECONDS_PER_TOKEN, null),
                    new MetricMapping.HistogramRule(names("vllm:request_queue_time_seconds"),
                            Distribution.QUEUE_TIME, MetricMapping.Unit.SECONDS, null),
                    new MetricMapping.HistogramRule(names("vllm:request_prompt_tokens"),
                            Distribution.CONTEXT_USE, MetricMapping.Unit.PROMPT_TOKENS, null)),
            List.of(new MetricMapping.GaugeRule(names("vllm:num_requests_waiting"), Gauge.QUEUE_DEPTH, false),
                    new MetricMapping.GaugeRule(names("vllm:num_requests_running"), Gauge.RUNNING_REQUESTS, false),
                    // renamed in vLLM 0.9; both are 0–1 despite "perc"
                    new MetricMapping.GaugeRule(names("vllm:kv_cache_usage_perc", "vllm:gpu_cache_usage_perc"),
                            Gauge.KV_CACHE_USAGE, true)),
            List.of());

    private VllmMetrics() {
    }
}
