package dev.beacon.simulator.server;

import dev.beacon.simulator.traffic.Load;
import dev.beacon.simulator.traffic.SimRequest;
import dev.beacon.simulator.traffic.TrafficSink;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * vLLM's Prometheus metrics (vllm/v1/metrics/loggers.py, vLLM 0.11/0.12), as its Python client writes them:
 * labels {@code engine} and {@code model_name} (sorted), counters with {@code _total} and a {@code _created}
 * gauge, histograms with vLLM's own bucket boundaries. Requests refused before the engine (rate limits, prompts
 * over the context window) are not counted, as in vLLM.
 */
final class VllmMetrics implements TrafficSink {

    static final double[] TIME_TO_FIRST_TOKEN_BUCKETS = {0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5,
            0.75, 1.0, 2.5, 5.0, 7.5, 10.0, 20.0, 40.0, 80.0, 160.0, 640.0, 2560.0};
    static final double[] PER_OUTPUT_TOKEN_BUCKETS = {0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.75,
            1.0, 2.5, 5.0, 7.5, 10.0, 20.0, 40.0, 80.0};
    static final double[] REQUEST_LATENCY_BUCKETS = {0.3, 0.5, 0.8, 1.0, 1.5, 2.0, 2.5, 5.0, 10.0, 15.0, 20.0, 30.0,
            40.0, 50.0, 60.0, 120.0, 240.0, 480.0, 960.0, 1920.0, 7680.0};
    static final List<String> FINISHED_REASONS = List.of("stop", "length", "abort", "error", "repetition");
    private static final int INTER_TOKEN_CHUNKS = 8;

    private final Map<String, String> labels;
    private final double createdSeconds;
    private final Random random;
    private final int blocks;
    private int running;
    private int waiting;
    private double kvCacheUse;
    private double preemptions;
    private double promptTokens;
    private double generationTokens;
    private double prefixQueries;
    private double prefixHits;
    private final Map<String, Double> finished = new LinkedHashMap<>();
    private final Map<String, Histogram> histograms = new LinkedHashMap<>();
    private final Map<String, String> histogramHelp = new LinkedHashMap<>();

    VllmMetrics(String servedModelName, int contextWindow, Instant started, Random random) {
        this.labels = Map.of("model_name", servedModelName, "engine", "0");
        this.createdSeconds = started.toEpochMilli() / 1000.0;
        this.random = random;
        this.blocks = Math.max(512, contextWindow / 4);
        FINISHED_REASONS.forEach(reason -> finished.put(reason, 0.0));
        double[] tokens = oneTwoFive(contextWindow);
        add("vllm:request_prompt_tokens", "Number of prefill tokens processed.", tokens);
        add("vllm:request_generation_tokens", "Number of generation tokens processed.", tokens);
        add("vllm:request_params_max_tokens", "Histogram of the max_tokens request parameter.", tokens);
        add("vllm:time_to_first_token_seconds", "Histogram of time to first token in seconds.", TIME_TO_FIRST_TOKEN_BUCKETS);
        add("vllm:inter_token_latency_seconds", "Histogram of inter-token latency in seconds.", PER_OUTPUT_TOKEN_BUCKETS);
        add("vllm:request_time_per_output_token_seconds", "Histogram of time_per_output_token_seconds per request.",
                PER_OUTPUT_TOKEN_BUCKETS);
        add("vllm:e2e_request_latency_seconds", "Histogram of e2e request latency in seconds.", REQUEST_LATENCY_BUCKETS);
        add("vllm:request_queue_time_seconds", "Histogram of time spent in WAITING phase for request.", REQUEST_LATENCY_BUCKETS);
        add("vllm:request_inference_time_seconds", "Histogram of time spent in RUNNING phase for request.", REQUEST_LATENCY_BUCKETS);
        add("vllm:request_prefill_time_seconds", "Histogram of time spent in PREFILL phase for request.", REQUEST_LATENCY_BUCKETS);
        add("vllm:request_decode_time_seconds", "Histogram of time spent in DECODE phase for request.", REQUEST_LATENCY_BUCKETS);
    }

    /** vLLM's build_1_2_5_buckets: 1, 2, 5, 10, 20, 50… up to the model's length. */
    static double[] oneTwoFive(int max) {
        List<Double> buckets = new java.util.ArrayList<>();
        for (long power = 1; power <= max; power *= 10) {
            for (int mantissa : new int[] {1, 2, 5}) {
                if (mantissa * power <= max) {
                    buckets.add((double) (mantissa * power));
                }
            }
        }
        return buckets.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Override
    public synchronized void record(SimRequest request) {
        String error = request.errorType();
        if ("rate_limited".equals(error) || "context_length_exceeded".equals(error) || "unavailable".equals(error)) {
            return;
        }
        promptTokens += request.promptTokens();
        generationTokens += request.outputTokens();
        prefixQueries += request.promptTokens();
        prefixHits += Math.floor(request.promptTokens() * 0.4 * random.nextDouble());
        String reason = "timeout".equals(error) ? "abort" : "server_error".equals(error) ? "error"
                : request.hitMaxTokens() ? "length" : "stop";
        finished.merge(reason, 1.0, Double::sum);
        if (request.ttftMs() != null) {
            histograms.get("vllm:time_to_first_token_seconds").observe(request.ttftMs() / 1000);
        }
        if (request.outputTokens() > 1) {
            observeInterTokenLatencies(request);
            histograms.get("vllm:request_time_per_output_token_seconds").observe(request.interTokenMs() / 1000);
        }
        histograms.get("vllm:e2e_request_latency_seconds").observe(request.latencyMs() / 1000);
        histograms.get("vllm:request_queue_time_seconds").observe(request.queueMs() / 1000);
        histograms.get("vllm:request_inference_time_seconds").observe((request.latencyMs() - request.queueMs()) / 1000);
        histograms.get("vllm:request_prefill_time_seconds").observe(request.prefillMs() / 1000);
        histograms.get("vllm:request_decode_time_seconds").observe(request.decodeMs() / 1000);
        histograms.get("vllm:request_prompt_tokens").observe(request.promptTokens());
        histograms.get("vllm:request_generation_tokens").observe(request.outputTokens());
        histograms.get("vllm:request_params_max_tokens").observe(request.maxTokens());
    }

    @Override
    public synchronized void observe(Load load, Instant at) {
        running = load.running();
        waiting = load.waiting();
        kvCacheUse = load.kvCacheUse();
        preemptions += load.preemptions();
    }

    synchronized String text() {
        Exposition text = new Exposition(Numbers::python, true);
        gauge(text, "vllm:num_requests_running", "Number of requests in model execution batches.", running);
        gauge(text, "vllm:num_requests_waiting", "Number of requests waiting to be processed.", waiting);
        gauge(text, "vllm:kv_cache_usage_perc", "KV-cache usage. 1 means 100 percent usage.", kvCacheUse);
        counter(text, "vllm:prefix_cache_queries", "Prefix cache queries, in terms of number of queried tokens.", prefixQueries);
        counter(text, "vllm:prefix_cache_hits", "Prefix cache hits, in terms of number of cached tokens.", prefixHits);
        counter(text, "vllm:num_preemptions", "Cumulative number of preemption from the engine.", preemptions);
        counter(text, "vllm:prompt_tokens", "Number of prefill tokens processed.", promptTokens);
        counter(text, "vllm:generation_tokens", "Number of generation tokens processed.", generationTokens);
        requestSuccess(text);
        histograms.forEach((name, histogram) -> {
            text.help(name, histogramHelp.get(name)).type(name, "histogram").histogram(name, labels, histogram, true);
            created(text, name, histogramHelp.get(name), labels);
        });
        text.help("vllm:cache_config_info", "Information of the LLMEngine CacheConfig").type("vllm:cache_config_info", "gauge")
                .sample("vllm:cache_config_info", Map.of("block_size", "16", "cache_dtype", "auto", "enable_prefix_caching",
                        "True", "engine", "0", "gpu_memory_utilization", "0.9", "num_gpu_blocks", String.valueOf(blocks)), 1);
        return text.text();
    }

    private void requestSuccess(Exposition text) {
        String name = "vllm:request_success";
        String help = "Count of successfully processed requests.";
        text.help(name + "_total", help).type(name + "_total", "counter");
        finished.forEach((reason, count) -> text.sample(name + "_total", withReason(reason), count));
        text.help(name + "_created", help).type(name + "_created", "gauge");
        finished.keySet().forEach(reason -> text.sample(name + "_created", withReason(reason), createdSeconds));
    }

    private Map<String, String> withReason(String reason) {
        Map<String, String> withReason = new LinkedHashMap<>(labels);
        withReason.put("finished_reason", reason);
        return withReason;
    }

    /** Real vLLM observes every gap between two tokens; chunks of equal gaps with their own jitter look the same. */
    private void observeInterTokenLatencies(SimRequest request) {
        int gaps = request.outputTokens() - 1;
        int chunks = Math.min(INTER_TOKEN_CHUNKS, gaps);
        for (int chunk = 0; chunk < chunks; chunk++) {
            long size = gaps / chunks + (chunk < gaps % chunks ? 1 : 0);
            double seconds = request.interTokenMs() * Math.exp(0.25 * random.nextGaussian()) / 1000;
            histograms.get("vllm:inter_token_latency_seconds").observe(seconds, size);
        }
    }

    private void add(String name, String help, double[] buckets) {
        histograms.put(name, new Histogram(buckets));
        histogramHelp.put(name, help);
    }

    private void gauge(Exposition text, String name, String help, double value) {
        text.help(name, help).type(name, "gauge").sample(name, labels, value);
    }

    private void counter(Exposition text, String name, String help, double value) {
        text.help(name + "_total", help).type(name + "_total", "counter").sample(name + "_total", labels, value);
        created(text, name, help, labels);
    }

    private void created(Exposition text, String name, String help, Map<String, String> labels) {
        text.help(name + "_created", help).type(name + "_created", "gauge").sample(name + "_created", labels, createdSeconds);
    }
}
