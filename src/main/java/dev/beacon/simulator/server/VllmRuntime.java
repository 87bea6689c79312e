package dev.beacon.simulator.server;

import dev.beacon.simulator.SimulatedModel;
import dev.beacon.simulator.traffic.Load;
import dev.beacon.simulator.traffic.SimRequest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * vLLM's OpenAI-compatible server: {@code GET /health} (200, empty; 503 while the engine is not ready),
 * {@code /v1/models}, {@code /version} and {@code /metrics}.
 */
final class VllmRuntime implements SimulatedRuntime {

    static final String VERSION = "0.11.0";
    private static final String METRICS_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final SimulatedModel model;
    private final VllmMetrics metrics;
    private final long created;

    VllmRuntime(SimulatedModel model, Instant started, Random random) {
        this.model = model;
        this.metrics = new VllmMetrics(model.servedModelName(), model.contextWindow(), started, random);
        this.created = started.getEpochSecond();
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
            case "/health" -> new Answer(loading ? 503 : 200, Answer.JSON, "");
            case "/metrics" -> Answer.ok(METRICS_TYPE, metrics.text());
            case "/version" -> Answer.json(200, Json.write(Map.of("version", VERSION)));
            case "/v1/models" -> Answer.json(200, Json.write(models(now)));
            default -> Answer.json(404, Json.write(Map.of("detail", "Not Found")));
        };
    }

    private Map<String, Object> models(Instant now) {
        Map<String, Object> permission = Json.object("id", "modelperm-" + Long.toHexString(created), "object", "model_permission",
                "created", now.getEpochSecond(), "allow_create_engine", false, "allow_sampling", true, "allow_logprobs", true,
                "allow_search_indices", false, "allow_view", true, "allow_fine_tuning", false, "organization", "*",
                "group", null, "is_blocking", false);
        Map<String, Object> served = Json.object("id", model.servedModelName(), "object", "model", "created", now.getEpochSecond(),
                "owned_by", "vllm", "root", model.servedModelName(), "parent", null, "max_model_len", model.contextWindow(),
                "permission", List.of(permission));
        return Json.object("object", "list", "data", List.of(served));
    }
}
