package dev.beacon.simulator.server;

import dev.beacon.simulator.SimulatedModel;
import dev.beacon.simulator.traffic.Load;
import dev.beacon.simulator.traffic.SimRequest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ollama: {@code GET /api/version}, {@code /api/tags} (the models on disk) and {@code /api/ps} (the models in
 * memory). A model loads with its first request and is unloaded after five minutes without one (Ollama's
 * default keep-alive), so a quiet model drops out of {@code /api/ps}. Ollama has no Prometheus metrics.
 */
final class OllamaRuntime implements SimulatedRuntime {

    static final String VERSION = "0.12.6";
    static final Duration KEEP_ALIVE = Duration.ofMinutes(5);
    private static final Pattern PARAMETERS = Pattern.compile("(\\d+(?:\\.\\d+)?)b", Pattern.CASE_INSENSITIVE);

    private final SimulatedModel model;
    private Instant lastRequest;

    OllamaRuntime(SimulatedModel model) {
        this.model = model;
    }

    @Override
    public synchronized void record(SimRequest request) {
        if (lastRequest == null || request.finishedAt().isAfter(lastRequest)) {
            lastRequest = request.finishedAt();
        }
    }

    @Override
    public void observe(Load load, Instant at) {
        // Ollama shows no load figures
    }

    @Override
    public Answer answer(String path, boolean loading, Instant now) {
        return switch (path) {
            case "/" -> Answer.ok("text/plain; charset=utf-8", "Ollama is running");
            case "/api/version" -> Answer.json(200, Json.write(Map.of("version", VERSION)));
            case "/api/tags" -> Answer.json(200, Json.write(Map.of("models", List.of(onDisk()))));
            case "/api/ps" -> Answer.json(200, Json.write(Map.of("models", inMemory(loading, now))));
            default -> new Answer(404, "text/plain", "404 page not found");
        };
    }

    private synchronized List<Map<String, Object>> inMemory(boolean loading, Instant now) {
        if (loading || lastRequest == null || now.isAfter(lastRequest.plus(KEEP_ALIVE))) {
            return List.of();
        }
        Map<String, Object> loaded = Json.object("name", model.servedModelName(), "model", model.servedModelName(),
                "size", size(), "digest", digest(), "details", details(), "expires_at", lastRequest.plus(KEEP_ALIVE).toString(),
                "size_vram", size(), "context_length", model.contextWindow());
        return List.of(loaded);
    }

    private Map<String, Object> onDisk() {
        return Json.object("name", model.servedModelName(), "model", model.servedModelName(),
                "modified_at", "2025-09-18T08:41:12.512398764Z", "size", size(), "digest", digest(), "details", details());
    }

    private Map<String, Object> details() {
        String family = model.servedModelName().replaceAll("[:\\d].*$", "");
        return Json.object("parent_model", "", "format", "gguf", "family", family, "families", List.of(family),
                "parameter_size", billions() + "B", "quantization_level", "Q4_K_M");
    }

    private String billions() {
        Matcher matcher = PARAMETERS.matcher(model.servedModelName());
        return matcher.find() ? matcher.group(1) : "7";
    }

    /** About 0.6 bytes per parameter at 4-bit quantization, plus the context. */
    private long size() {
        return (long) (Double.parseDouble(billions()) * 600_000_000L) + model.contextWindow() * 131_072L;
    }

    private String digest() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(model.servedModelName().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
