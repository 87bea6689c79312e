package dev.beacon.evaluation;

import dev.beacon.registry.ModelEntry;
import dev.beacon.telemetry.outbound.OutboundHttp;
import dev.beacon.telemetry.outbound.OutboundResponse;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Calls a model's OpenAI-compatible chat endpoint ({@code POST <endpoint>/v1/chat/completions}, as vLLM, TGI's Messages
 * API, llama.cpp's server and Ollama serve it) through {@link OutboundHttp}, so every outbound rule applies (deny list,
 * deadline, size cap). The answer is {@code choices[0].message.content}, the tokens come from {@code usage}.
 */
@Component
class ChatEndpoint {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OutboundHttp http;

    ChatEndpoint(OutboundHttp http) {
        this.http = http;
    }

    /** Sends the messages with the model's served name and its API key (as Bearer) when it has one. */
    ChatReply ask(ModelEntry model, String apiKey, List<ChatMessage> messages, BigDecimal temperature, int maxTokens,
                  Duration timeout) {
        String url = completionsUrl(model.endpointUrl());
        OutboundResponse response = http.send("POST", url, body(model.servedModelName(), messages, temperature, maxTokens),
                apiKey, timeout);
        double latencyMs = response.duration().toNanos() / 1e6;
        if (!response.ok()) {
            return ChatReply.failed(failure(response, url, timeout), latencyMs);
        }
        try {
            JsonNode completion = JSON.readTree(response.body());
            JsonNode content = completion.path("choices").path(0).path("message").path("content");
            if (!content.isString()) {
                return ChatReply.failed("The endpoint's response is not a chat completion (no choices[0].message.content)", latencyMs);
            }
            JsonNode usage = completion.path("usage");
            return new ChatReply(content.asString(), latencyMs, count(usage.path("prompt_tokens")),
                    count(usage.path("completion_tokens")), null);
        } catch (JacksonException e) {
            return ChatReply.failed("The endpoint's response is not JSON", latencyMs);
        }
    }

    /** The chat completions URL of an endpoint base URL, with "/v1" only once. */
    static String completionsUrl(String endpoint) {
        String base = endpoint.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base.endsWith("/v1") ? base + "/chat/completions" : base + "/v1/chat/completions";
    }

    private static String body(String servedModelName, List<ChatMessage> messages, BigDecimal temperature, int maxTokens) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", servedModelName);
        ArrayNode list = body.putArray("messages");
        for (ChatMessage message : messages) {
            list.addObject().put("role", message.role()).put("content", message.content());
        }
        body.put("temperature", temperature);
        body.put("max_tokens", maxTokens);
        body.put("stream", false);
        return JSON.writeValueAsString(body);
    }

    /** One text per kind of failure (so a run can name the commonest one), with where it happened. */
    private static String failure(OutboundResponse response, String url, Duration timeout) {
        String where = hostAndPort(url);
        return switch (response.failure()) {
            case CONNECTION_REFUSED -> "Connection refused (" + where + ")";
            case TIMEOUT -> "No answer within " + timeout.toSeconds() + " s (" + where + ")";
            case HTTP_ERROR -> "HTTP " + response.status() + " from " + where;
            case DNS_FAILURE -> "Unknown host (" + where + ")";
            case BLOCKED_ADDRESS -> "Beacon may not call " + where + " (deny list)";
            case INVALID_URL -> "The model's endpoint is not a valid http:// or https:// URL";
            case TLS_FAILURE -> "TLS handshake failed (" + where + ")";
            case REDIRECT_NOT_ALLOWED -> "Redirected elsewhere (" + where + ")";
            case RESPONSE_TOO_LARGE -> "The response is too large (" + where + ")";
            case UNPARSEABLE, IO_ERROR -> "The connection broke off (" + where + ")";
        };
    }

    private static String hostAndPort(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static Integer count(JsonNode node) {
        return node.isIntegralNumber() ? node.asInt() : null;
    }
}
