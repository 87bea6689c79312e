package dev.beacon.simulator.server;

import dev.beacon.simulator.SimulatedModel;
import dev.beacon.simulator.traffic.Load;
import dev.beacon.simulator.traffic.SimRequest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * llama.cpp's llama-server started with {@code --metrics --parallel 4}, in a build that still reports the KV cache:
 * unlabelled {@code llamacpp:*} samples printed by a C++ stream (6 significant digits, {@code nan}); the two
 * throughput gauges cover the time since the previous {@code /metrics} call, as in llama.cpp. While the model
 * loads, every path answers 503 "Loading model".
 */
final class LlamaCppRuntime implements SimulatedRuntime {

    static final int SLOTS = 4;
    private static final String LOADING = Json.write(Map.of("error",
            Json.object("code", 503, "message", "Loading model", "type", "unavailable_error")));

    private final SimulatedModel model;
    private double promptTokens;
    private double promptSeconds;
    private double predictedTokens;
    private double predictedSeconds;
    private double decodes;
    private double busySlots;
    private double windowPromptTokens;
    private double windowPromptSeconds;
    private double windowPredictedTokens;
    private double windowPredictedSeconds;
    private Load load = Load.IDLE;

    LlamaCppRuntime(SimulatedModel model) {
        this.model = model;
    }

    @Override
    public synchronized void record(SimRequest request) {
        if (request.ttftMs() == null) {
            return; // refused (rate limit, prompt too long) or failed before the prompt was processed
        }
        double prefill = request.prefillMs() / 1000;
        double decode = request.decodeMs() / 1000;
        promptTokens += request.promptTokens();
        promptSeconds += prefill;
        predictedTokens += request.outputTokens();
        predictedSeconds += decode;
        windowPromptTokens += request.promptTokens();
        windowPromptSeconds += prefill;
        windowPredictedTokens += request.outputTokens();
        windowPredictedSeconds += decode;
        double calls = request.outputTokens() + Math.ceil(request.promptTokens() / 512.0);
        decodes += calls;
        busySlots += calls * Math.max(1, Math.min(SLOTS, load.running()));
    }

    @Override
    public synchronized void observe(Load load, Instant at) {
        this.load = load;
    }

    @Override
    public Answer answer(String path, boolean loading, Instant now) {
        if (loading) {
            return Answer.json(503, LOADING);
        }
        return switch (path) {
            case "/health" -> Answer.json(200, Json.write(Map.of("status", "ok")));
            case "/metrics" -> Answer.ok("text/plain; version=0.0.4", metrics());
            case "/v1/models" -> Answer.json(200, Json.write(Json.object("object", "list", "data", List.of(Json.object(
                    "id", model.servedModelName(), "object", "model", "created", now.getEpochSecond(), "owned_by", "llamacpp",
                    "meta", Json.object("n_ctx_train", model.contextWindow(), "n_vocab", 32064))))));
            default -> Answer.json(404, Json.write(Map.of("error",
                    Json.object("code", 404, "message", "File Not Found", "type", "not_found_error"))));
        };
    }

    private synchronized String metrics() {
        int processing = Math.min(SLOTS, load.running());
        int deferred = load.waiting() + Math.max(0, load.running() - SLOTS);
        Exposition text = new Exposition(Numbers::cpp, false);
        item(text, "counter", "prompt_tokens_total", "Number of prompt tokens processed.", promptTokens);
        item(text, "counter", "prompt_seconds_total", "Prompt process time", promptSeconds);
        item(text, "counter", "tokens_predicted_total", "Number of generation tokens processed.", predictedTokens);
        item(text, "counter", "tokens_predicted_seconds_total", "Predict process time", predictedSeconds);
        item(text, "counter", "n_decode_total", "Total number of llama_decode() calls", decodes);
        item(text, "counter", "n_busy_slots_per_decode", "Average number of busy slots per llama_decode() call", busySlots / decodes);
        item(text, "gauge", "prompt_tokens_seconds", "Average prompt throughput in tokens/s.", rate(windowPromptTokens, windowPromptSeconds));
        item(text, "gauge", "predicted_tokens_seconds", "Average generation throughput in tokens/s.",
                rate(windowPredictedTokens, windowPredictedSeconds));
        item(text, "gauge", "kv_cache_usage_ratio", "KV-cache usage. 1 means 100 percent usage.", load.kvCacheUse());
        item(text, "gauge", "kv_cache_tokens", "KV-cache tokens.", Math.floor(load.kvCacheUse() * model.contextWindow()));
        item(text, "gauge", "requests_processing", "Number of request processing.", processing);
        item(text, "gauge", "requests_deferred", "Number of request deferred.", deferred);
        windowPromptTokens = 0;
        windowPromptSeconds = 0;
        windowPredictedTokens = 0;
        windowPredictedSeconds = 0;
        return text.text();
    }

    private static double rate(double tokens, double seconds) {
        return tokens == 0 ? 0 : tokens / seconds;
    }

    private static void item(Exposition text, String type, String name, String help, double value) {
        text.help("llamacpp:" + name, help).type("llamacpp:" + name, type).sample("llamacpp:" + name, Map.of(), value);
    }
}
