package dev.beacon.telemetry.scrape;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * A server that exposes metrics exactly as vLLM defines them (vllm/v1/metrics/loggers.py): the same names,
 * label names model_name and engine, and bucket boundaries, through the Prometheus Java client's own
 * HTTP exporter. Tests record finished requests on it the way vLLM's PrometheusStatLogger does. Exemplars are
 * off, as in vLLM (they would need the client's tracer module, which micrometer leaves out).
 */
final class VllmMetricsServer implements AutoCloseable {

    static final double[] REQUEST_LATENCY_BUCKETS = {0.3, 0.5, 0.8, 1.0, 1.5, 2.0, 2.5, 5.0, 10.0, 15.0, 20.0, 30.0,
            40.0, 50.0, 60.0, 120.0, 240.0, 480.0, 960.0, 1920.0, 7680.0};
    static final double[] TTFT_BUCKETS = {0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5,
            5.0, 7.5, 10.0, 20.0, 40.0, 80.0, 160.0, 640.0, 2560.0};
    static final double[] TOKEN_LATENCY_BUCKETS = {0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.75, 1.0,
            2.5, 5.0, 7.5, 10.0, 20.0, 40.0, 80.0};
    private static final String[] LABELS = {"model_name", "engine"};

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final HTTPServer server;
    private final Gauge running = gauge("vllm:num_requests_running", "Number of requests in model execution batches.");
    private final Gauge waiting = gauge("vllm:num_requests_waiting", "Number of requests waiting to be processed.");
    private final Gauge kvCache = gauge("vllm:kv_cache_usage_perc", "KV-cache usage. 1 means 100 percent usage.");
    private final Counter preemptions = counter("vllm:num_preemptions", "Cumulative number of preemption from the engine.");
    private final Counter promptTokens = counter("vllm:prompt_tokens", "Number of prefill tokens processed.");
    private final Counter generationTokens = counter("vllm:generation_tokens", "Number of generation tokens processed.");
    private final Counter requestSuccess = Counter.builder().name("vllm:request_success")
            .help("Count of successfully processed requests.").labelNames("model_name", "engine", "finished_reason")
            .withoutExemplars().register(registry);
    private final Histogram promptTokensPerRequest;
    private final Histogram generationTokensPerRequest;
    private final Histogram timeToFirstToken = histogram("vllm:time_to_first_token_seconds",
            "Histogram of time to first token in seconds.", TTFT_BUCKETS);
    private final Histogram interTokenLatency = histogram("vllm:inter_token_latency_seconds",
            "Histogram of inter-token latency in seconds.", TOKEN_LATENCY_BUCKETS);
    private final Histogram timePerOutputToken = histogram("vllm:request_time_per_output_token_seconds",
            "Histogram of time_per_output_token_seconds per request.", TOKEN_LATENCY_BUCKETS);
    private final Histogram e2eLatency = histogram("vllm:e2e_request_latency_seconds",
            "Histogram of e2e request latency in seconds.", REQUEST_LATENCY_BUCKETS);
    private final Histogram queueTime = histogram("vllm:request_queue_time_seconds",
            "Histogram of time spent in WAITING phase for request.", REQUEST_LATENCY_BUCKETS);

    /** @param maxModelLen the model's context window, which bounds vLLM's 1-2-5 token buckets */
    VllmMetricsServer(int maxModelLen) {
        double[] tokenBuckets = oneTwoFiveBuckets(maxModelLen);
        promptTokensPerRequest = histogram("vllm:request_prompt_tokens", "Number of prefill tokens processed.", tokenBuckets);
        generationTokensPerRequest = histogram("vllm:request_generation_tokens", "Number of generation tokens processed.", tokenBuckets);
        try {
            server = HTTPServer.builder().inetAddress(InetAddress.getLoopbackAddress()).port(0).registry(registry).buildAndStart();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getPort();
    }

    /**
     * Starts serving a model on the given engines. Like vLLM's PrometheusStatLogger (make_per_engine), this
     * creates every series at zero up front, so they exist before the first request finishes.
     */
    VllmMetricsServer serve(String model, String... engines) {
        for (String engine : engines) {
            for (String reason : new String[]{"stop", "length", "abort", "error", "repetition"}) {
                requestSuccess.labelValues(model, engine, reason);
            }
            for (Counter counter : List.of(preemptions, promptTokens, generationTokens)) {
                counter.labelValues(model, engine);
            }
            for (Histogram histogram : List.of(promptTokensPerRequest, generationTokensPerRequest, timeToFirstToken,
                    interTokenLatency, timePerOutputToken, e2eLatency, queueTime)) {
                histogram.labelValues(model, engine);
            }
        }
        return this;
    }

    /** One finished request, recorded like PrometheusStatLogger.record does. */
    void finished(String model, String engine, String reason, double e2eSeconds, double ttftSeconds, double queueSeconds,
                  int prompt, int generated) {
        requestSuccess.labelValues(model, engine, reason).inc();
        e2eLatency.labelValues(model, engine).observe(e2eSeconds);
        timeToFirstToken.labelValues(model, engine).observe(ttftSeconds);
        queueTime.labelValues(model, engine).observe(queueSeconds);
        promptTokensPerRequest.labelValues(model, engine).observe(prompt);
        generationTokensPerRequest.labelValues(model, engine).observe(generated);
        promptTokens.labelValues(model, engine).inc(prompt);
        generationTokens.labelValues(model, engine).inc(generated);
        double perToken = generated > 1 ? (e2eSeconds - ttftSeconds) / (generated - 1) : 0;
        timePerOutputToken.labelValues(model, engine).observe(perToken);
        for (int i = 1; i < generated; i++) {
            interTokenLatency.labelValues(model, engine).observe(perToken);
        }
    }

    void schedulerState(String model, String engine, int runningRequests, int waitingRequests, double kvCacheUsage) {
        running.labelValues(model, engine).set(runningRequests);
        waiting.labelValues(model, engine).set(waitingRequests);
        kvCache.labelValues(model, engine).set(kvCacheUsage);
    }

    void preempted(String model, String engine, int count) {
        preemptions.labelValues(model, engine).inc(count);
    }

    /** vLLM's build_1_2_5_buckets: 1, 2, 5, 10, 20, 50, … up to the maximum. */
    static double[] oneTwoFiveBuckets(int max) {
        List<Double> buckets = new ArrayList<>();
        for (long power = 1; ; power *= 10) {
            for (int mantissa : new int[]{1, 2, 5}) {
                if (mantissa * power > max) {
                    return buckets.stream().mapToDouble(Double::doubleValue).toArray();
                }
                buckets.add((double) (mantissa * power));
            }
        }
    }

    private Gauge gauge(String name, String help) {
        return Gauge.builder().name(name).help(help).labelNames(LABELS).withoutExemplars().register(registry);
    }

    private Counter counter(String name, String help) {
        return Counter.builder().name(name).help(help).labelNames(LABELS).withoutExemplars().register(registry);
    }

    private Histogram histogram(String name, String help, double[] buckets) {
        return Histogram.builder().name(name).help(help).labelNames(LABELS).classicOnly().classicUpperBounds(buckets)
                .withoutExemplars().register(registry);
    }

    @Override
    public void close() {
        server.close();
    }
}
