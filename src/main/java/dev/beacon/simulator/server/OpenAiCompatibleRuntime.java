package dev.beacon.simulator.server;

import dev.beacon.simulator.SimulatedModel;
import dev.beacon.simulator.traffic.Load;
import dev.beacon.simulator.traffic.SimRequest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An OpenAI-compatible gateway: {@code GET /v1/models} lists the served model (and an embedding model next to
 * it), {@code /health} says ok. While its upstream loads it answers 503 in OpenAI's error shape. No metrics.
 */
final class OpenAiCompatibleRuntime implements SimulatedRuntime {

    static final String EMBEDDING_MODEL = "text-embedding-3-small";
    private static final long CREATED = 1_727_740_800L;

    private final SimulatedModel model;

    OpenAiCompatibleRuntime(SimulatedModel model) {
        this.model = model;
    }

    @Override
    public void record(SimRequest request) {
        // a gateway keeps no figures of its own here: its clients report their requests as spans
    }

    @Override
    public void observe(Load load, Instant at) {
        // no load figures either
    }

    @Override
    public Answer answer(String path, boolean loading, Instant now) {
        if (loading) {
            return Answer.json(503, Json.write(Map.of("error", Json.object("message", "The upstream model is not ready yet",
                    "type", "server_error", "param", null, "code", "service_unavailable"))));
        }
        return switch (path) {
            case "/v1/models" -> Answer.json(200, Json.write(Json.object("object", "list", "data", List.of(
                    listed(model.servedModelName()), listed(EMBEDDING_MODEL)))));
            case "/health" -> Answer.json(200, Json.write(Map.of("status", "ok")));
            default -> Answer.json(404, Json.write(Map.of("error", Json.object("message", "Unknown request URL: GET " + path,
                    "type", "invalid_request_error", "param", null, "code", "unknown_url"))));
        };
    }

    private static Map<String, Object> listed(String id) {
        return Json.object("id", id, "object", "model", "created", CREATED, "owned_by", "support-bots");
    }
}
