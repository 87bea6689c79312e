package dev.beacon.registry.api;

import dev.beacon.registry.ModelData;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Request bodies for the models API, as a client would send them. */
final class ModelJson {

    private ModelJson() {
    }

    static Map<String, Object> of(ModelData data, UUID teamId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("teamId", teamId);
        body.put("name", data.name());
        body.put("description", data.description());
        body.put("runtime", data.runtime().name());
        body.put("endpointUrl", data.endpointUrl());
        body.put("servedModelName", data.servedModelName());
        body.put("versionLabel", data.versionLabel());
        body.put("contextWindow", data.contextWindow());
        body.put("defaultTemperature", data.defaultTemperature());
        body.put("maxOutputTokens", data.maxOutputTokens());
        body.put("tags", data.tags());
        body.put("status", data.status().name());
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    static Map<String, Object> without(Map<String, Object> body, String field) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.remove(field);
        return copy;
    }
}
