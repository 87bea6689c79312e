package dev.beacon.simulator;

import dev.beacon.simulator.traffic.SimRequest;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Requests as the body of {@code POST /api/v1/ingest/events}, one event each, with the request id as client event id. */
final class EventBatches {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EventBatches() {
    }

    static String json(String servedModelName, List<SimRequest> requests) {
        List<Map<String, Object>> events = requests.stream().map(request -> event(servedModelName, request)).toList();
        return JSON.writeValueAsString(Map.of("events", events));
    }

    private static Map<String, Object> event(String servedModelName, SimRequest request) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("model", servedModelName);
        event.put("timestamp", request.finishedAt().toString());
        event.put("latencyMs", round(request.latencyMs()));
        if (request.ttftMs() != null) {
            event.put("timeToFirstTokenMs", round(request.ttftMs()));
        }
        event.put("inputTokens", request.promptTokens());
        event.put("outputTokens", request.outputTokens());
        event.put("status", request.failed() ? "error" : "ok");
        if (request.failed()) {
            event.put("errorType", request.errorType());
        }
        event.put("temperature", request.temperature());
        event.put("maxTokens", request.maxTokens());
        event.put("clientEventId", request.id());
        return event;
    }

    private static double round(double millis) {
        return Math.round(millis * 10) / 10.0;
    }
}
