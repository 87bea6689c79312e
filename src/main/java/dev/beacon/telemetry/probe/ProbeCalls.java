package dev.beacon.telemetry.probe;

import dev.beacon.registry.ModelCredentials;
import dev.beacon.registry.ModelEntry;
import dev.beacon.telemetry.CheckFailure;
import dev.beacon.telemetry.outbound.OutboundFailure;
import dev.beacon.telemetry.outbound.OutboundHttp;
import dev.beacon.telemetry.outbound.OutboundResponse;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.Locale;

/**
 * How each runtime is asked whether it works. vLLM and TGI: {@code GET /health}. llama.cpp: the same, where
 * 503 "Loading model" means starting, not down. Ollama: {@code GET /api/version}, then {@code GET /api/ps}
 * for whether the model is loaded and its context length. OpenAI-compatible: {@code GET /v1/models} lists
 * the served model. Other servers: any answer below 500 from the endpoint counts as up.
 */
@Component
class ProbeCalls {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OutboundHttp http;
    private final ModelCredentials credentials;

    ProbeCalls(OutboundHttp http, ModelCredentials credentials) {
        this.http = http;
        this.credentials = credentials;
    }

    /** Sends the model's API key, when it has one, with every call: gateways guard /v1/models and /health too. */
    ProbeOutcome probe(ModelEntry model) {
        Duration timeout = Duration.ofSeconds(model.probeTimeoutSeconds());
        Endpoint endpoint = new Endpoint(http, credentials.apiKey(model.id()).orElse(null));
        return switch (model.runtime()) {
            case VLLM, TGI -> health(endpoint, model, timeout, false);
            case LLAMA_CPP -> health(endpoint, model, timeout, true);
            case OLLAMA -> ollama(endpoint, model, timeout);
            case OPENAI_COMPATIBLE -> openAiModels(endpoint, model, timeout);
            case OTHER -> anyAnswer(endpoint, model, timeout);
        };
    }

    /** The calls of one probe, with the model's API key (null: none). */
    private record Endpoint(OutboundHttp http, String apiKey) {

        OutboundResponse get(String url, Duration timeout) {
            return http.get(url, apiKey, timeout);
        }

        @Override
        public String toString() {
            return "Endpoint[apiKey=" + (apiKey == null ? "none" : "set") + "]";
        }
    }

    private static ProbeOutcome health(Endpoint http, ModelEntry model, Duration timeout, boolean mayBeLoading) {
        OutboundResponse response = http.get(url(model.endpointUrl(), "/health"), timeout);
        if (response.ok()) {
            return ProbeOutcome.up(response.duration(), "/health answered HTTP " + response.status());
        }
        if (mayBeLoading && response.status() == 503 && response.bodyText().toLowerCase(Locale.ROOT).contains("loading model")) {
            return ProbeOutcome.starting(response.duration(), CheckFailure.MODEL_LOADING, "/health answered 503 Loading model");
        }
        return failed(response);
    }

    private static ProbeOutcome ollama(Endpoint http, ModelEntry model, Duration timeout) {
        OutboundResponse version = http.get(url(model.endpointUrl(), "/api/version"), timeout);
        if (!version.ok()) {
            return failed(version);
        }
        JsonNode versionJson = json(version);
        if (versionJson == null || !versionJson.path("version").isString()) {
            return ProbeOutcome.down(version.duration(), OutboundFailure.UNPARSEABLE, "/api/version gave no version");
        }
        String server = "Ollama " + versionJson.path("version").asString();
        OutboundResponse running = http.get(url(model.endpointUrl(), "/api/ps"), timeout.minus(version.duration()));
        Duration took = version.duration().plus(running.duration());
        JsonNode ps = running.ok() ? json(running) : null;
        if (ps == null || !ps.path("models").isArray()) {
            return running.ok() ? ProbeOutcome.down(took, OutboundFailure.UNPARSEABLE, "/api/ps gave no model list") : failed(running);
        }
        for (JsonNode loaded : ps.path("models")) {
            if (sameOllamaModel(model.servedModelName(), loaded.path("name").asString(""))
                    || sameOllamaModel(model.servedModelName(), loaded.path("model").asString(""))) {
                String context = loaded.path("context_length").isNumber()
                        ? ", context " + loaded.path("context_length").asLong() + " tokens" : "";
                return ProbeOutcome.up(took, server + "; model loaded" + context);
            }
        }
        return ProbeOutcome.starting(took, CheckFailure.MODEL_NOT_LOADED, server + "; model not loaded");
    }

    private static ProbeOutcome openAiModels(Endpoint http, ModelEntry model, Duration timeout) {
        String endpoint = stripSlash(model.endpointUrl());
        OutboundResponse response = http.get(endpoint.endsWith("/v1") ? endpoint + "/models" : endpoint + "/v1/models", timeout);
        if (!response.ok()) {
            return failed(response);
        }
        JsonNode list = json(response);
        if (list == null || !list.path("data").isArray()) {
            return ProbeOutcome.down(response.duration(), OutboundFailure.UNPARSEABLE, "/v1/models gave no model list");
        }
        for (JsonNode listed : list.path("data")) {
            if (model.servedModelName().equals(listed.path("id").asString(""))) {
                return ProbeOutcome.up(response.duration(), "Listed among " + list.path("data").size() + " model(s)");
            }
        }
        return ProbeOutcome.down(response.duration(), CheckFailure.MODEL_NOT_LISTED,
                "/v1/models lists " + list.path("data").size() + " other model(s)");
    }

    private static ProbeOutcome anyAnswer(Endpoint http, ModelEntry model, Duration timeout) {
        OutboundResponse response = http.get(model.endpointUrl(), timeout);
        if (response.ok() || response.failure() == OutboundFailure.HTTP_ERROR && response.status() < 500) {
            return ProbeOutcome.up(response.duration(), "Answered HTTP " + response.status());
        }
        return failed(response);
    }

    private static ProbeOutcome failed(OutboundResponse response) {
        return ProbeOutcome.down(response.duration(), response.failure(), response.detail());
    }

    /** Ollama names models name:tag and takes a name without a tag as name:latest. */
    private static boolean sameOllamaModel(String served, String listed) {
        return listed.equals(served) || !served.contains(":") && listed.equals(served + ":latest");
    }

    private static JsonNode json(OutboundResponse response) {
        try {
            return JSON.readTree(response.bodyText());
        } catch (JacksonException notJson) {
            return null;
        }
    }

    private static String url(String endpoint, String path) {
        return stripSlash(endpoint) + path;
    }

    private static String stripSlash(String endpoint) {
        return endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
    }
}
