package dev.beacon.simulator.server;

import dev.beacon.simulator.SimulatedModel;
import dev.beacon.simulator.traffic.Load;
import dev.beacon.simulator.traffic.SimRequest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Text Generation Inference's router: {@code GET /health}, {@code /info}, {@code /v1/models} and {@code /metrics}. */
final class TgiRuntime implements SimulatedRuntime {

    static final String VERSION = "3.3.6";

    private final SimulatedModel model;
    private final TgiMetrics metrics;
    private final int maxInputTokens;

    TgiRuntime(SimulatedModel model, Random random) {
        this.model = model;
        this.maxInputTokens = model.contextWindow() - model.maxOutputTokens();
        this.metrics = new TgiMetrics(maxInputTokens, model.contextWindow(), random);
    }

    @Override
    public void record(SimRequest request) {
        metrics.record(request);
    }

    @Override
    public void observe(Load load, Instant at) {
        metrics.observe(load, at);
    }

    @Override
    public Answer answer(String path, boolean loading, Instant now) {
        return switch (path) {
            case "/health" -> loading
                    ? Answer.json(503, Json.write(Json.object("error", "unhealthy", "error_type", "healthcheck")))
                    : Answer.json(200, "");
            case "/metrics" -> Answer.ok("text/plain; charset=utf-8", metrics.text());
            case "/info" -> Answer.json(200, Json.write(info()));
            case "/v1/models" -> Answer.json(200, Json.write(Json.object("object", "list", "data", List.of(Json.object(
                    "id", model.servedModelName(), "object", "model", "created", 0, "owned_by", model.servedModelName())))));
            default -> new Answer(404, "text/plain; charset=utf-8", "");
        };
    }

    private Map<String, Object> info() {
        return Json.object("model_id", model.servedModelName(), "model_sha", "41bd4c9e7e4fb318ca40e721131d4933966c2cc1",
                "model_pipeline_tag", "text-generation", "max_concurrent_requests", 128, "max_best_of", 2,
                "max_stop_sequences", 4, "max_input_tokens", maxInputTokens, "max_total_tokens", model.contextWindow(),
                "validation_workers", 2, "max_client_batch_size", 4, "router", "text-generation-router",
                "version", VERSION, "sha", "0b2a2ae7a0ba4e8a3f5c0fdd3d1a47a2f6a9e3b1", "docker_label", "sha-0b2a2ae");
    }
}
