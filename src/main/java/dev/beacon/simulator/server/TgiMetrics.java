package dev.beacon.simulator.server;

import dev.beacon.simulator.traffic.Load;
import dev.beacon.simulator.traffic.SimRequest;
import dev.beacon.simulator.traffic.TrafficSink;

import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Text Generation Inference's router metrics, as the Rust metrics-exporter-prometheus writes them: counters
 * without {@code _total}, no model label, no HELP lines, a series only once something was recorded, Rust's
 * number style, and TGI's bucket boundaries (durations 0.0001·1.5ⁿ, token counts in hundredths of the limits).
 */
final class TgiMetrics implements TrafficSink {

    static final double[] DURATION_BUCKETS = durationBuckets();

    private final Random random;
    private final double[] inputBuckets;
    private final double[] totalBuckets;
    private final Map<String, Double> counters = new TreeMap<>();
    private final Map<String, Double> failures = new TreeMap<>();
    private final Map<String, Double> gauges = new TreeMap<>();
    private final Map<String, Histogram> histograms = new TreeMap<>();

    TgiMetrics(int maxInputTokens, int maxTotalTokens, Random random) {
        this.random = random;
        this.inputBuckets = hundredths(maxInputTokens);
        this.totalBuckets = hundredths(maxTotalTokens);
    }

    /** TGI's router: starting at 0.0001, multiplied by 1.5 before each of 35 buckets. */
    private static double[] durationBuckets() {
        double[] buckets = new double[35];
        double value = 0.0001;
        for (int i = 0; i < buckets.length; i++) {
            value *= 1.5;
            buckets[i] = value;
        }
        return buckets;
    }

    /** (limit / 100) · (x + 1) for x in 0..99, computed as TGI computes it. */
    static double[] hundredths(int limit) {
        double[] buckets = new double[100];
        for (int x = 0; x < buckets.length; x++) {
            buckets[x] = (limit / 100.0) * (x + 1);
        }
        return buckets;
    }

    @Override
    public synchronized void record(SimRequest request) {
        counters.merge("tgi_request_count", 1.0, Double::sum);
        String failure = switch (request.errorType() == null ? "" : request.errorType()) {
            case "rate_limited" -> "overloaded";
            case "context_length_exceeded" -> "validation";
            case "server_error" -> "generation";
            case "timeout" -> "incomplete_generation";
            default -> null;
        };
        if (failure != null) {
            failures.merge(failure, 1.0, Double::sum);
            return;
        }
        counters.merge("tgi_request_success", 1.0, Double::sum);
        double validation = 0.0005 + 0.0025 * random.nextDouble();
        observe("tgi_request_duration", DURATION_BUCKETS, request.latencyMs() / 1000 + validation);
        observe("tgi_request_validation_duration", DURATION_BUCKETS, validation);
        observe("tgi_request_queue_duration", DURATION_BUCKETS, request.queueMs() / 1000);
        observe("tgi_request_inference_duration", DURATION_BUCKETS, (request.latencyMs() - request.queueMs()) / 1000);
        observe("tgi_request_mean_time_per_token_duration", DURATION_BUCKETS,
                (request.latencyMs() - request.queueMs()) / 1000 / Math.max(1, request.outputTokens()));
        observe("tgi_request_input_length", inputBuckets, request.promptTokens());
        observe("tgi_request_generated_tokens", totalBuckets, request.outputTokens());
        observe("tgi_request_max_new_tokens", totalBuckets, request.maxTokens());
    }

    @Override
    public synchronized void observe(Load load, Instant at) {
        gauges.put("tgi_queue_size", (double) load.waiting());
        gauges.put("tgi_batch_current_size", (double) load.running());
        gauges.put("tgi_batch_current_max_tokens", Math.floor(load.kvCacheUse() * inputBuckets[99] * 2));
    }

    synchronized String text() {
        Exposition text = new Exposition(Numbers::rust, false);
        counters.forEach((name, value) -> {
            text.type(name, "counter").sample(name, Map.of(), value).blankLine();
            if (name.equals("tgi_request_count") && !failures.isEmpty()) {
                text.type("tgi_request_failure", "counter");
                failures.forEach((error, count) -> text.sample("tgi_request_failure", Map.of("err", error), count));
                text.blankLine();
            }
        });
        gauges.forEach((name, value) -> text.type(name, "gauge").sample(name, Map.of(), value).blankLine());
        histograms.forEach((name, histogram) -> text.type(name, "histogram").histogram(name, Map.of(), histogram, false).blankLine());
        return text.text();
    }

    private void observe(String name, double[] buckets, double value) {
        histograms.computeIfAbsent(name, n -> new Histogram(buckets)).observe(value);
    }
}
