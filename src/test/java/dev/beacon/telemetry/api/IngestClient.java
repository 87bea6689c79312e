package dev.beacon.telemetry.api;

import dev.beacon.Http;
import dev.beacon.shared.ModelId;
import org.jooq.DSLContext;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static dev.beacon.jooq.Tables.EVAL_SCORE;
import static dev.beacon.jooq.Tables.REQUEST_EVENT;

/**
 * Sends telemetry batches over real HTTP with an ingestion key, as a client would, and tells what was
 * stored. Events and scores are plain maps, so a test can put a wrong type anywhere.
 */
final class IngestClient {

    static final String EVENTS = "/api/v1/ingest/events";
    static final String SCORES = "/api/v1/ingest/scores";

    private final Http http;
    private final DSLContext db;

    IngestClient(Http http, DSLContext db) {
        this.http = http;
        this.db = db;
    }

    Http.Response events(String key, Object body) {
        return http.send("POST", EVENTS, Http.json(body), "Authorization", Http.bearer(key));
    }

    Http.Response scores(String key, Object body) {
        return http.send("POST", SCORES, Http.json(body), "Authorization", Http.bearer(key));
    }

    /** Any body with any headers, e.g. gzip or another content type. Headers are name/value pairs. */
    Http.Response post(String path, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.url(path)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build());
    }

    int eventsStoredFor(ModelId model) {
        return db.fetchCount(REQUEST_EVENT, REQUEST_EVENT.MODEL_ID.eq(model));
    }

    int scoresStoredFor(ModelId model) {
        return db.fetchCount(EVAL_SCORE, EVAL_SCORE.MODEL_ID.eq(model));
    }

    /** An event that passes every check; change what a test needs with {@code put}. */
    static Map<String, Object> event(Object model, Instant at) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("model", String.valueOf(model));
        event.put("timestamp", at.toString());
        event.put("latencyMs", 812.5);
        event.put("timeToFirstTokenMs", 95);
        event.put("inputTokens", 512);
        event.put("outputTokens", 128);
        event.put("status", "ok");
        return event;
    }

    static List<Map<String, Object>> events(Object model, Instant at, int count) {
        List<Map<String, Object>> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            events.add(event(model, at.minusMillis(i)));
        }
        return events;
    }

    static Map<String, Object> score(Object model, Instant at) {
        Map<String, Object> score = new LinkedHashMap<>();
        score.put("model", String.valueOf(model));
        score.put("timestamp", at.toString());
        score.put("name", "accuracy");
        score.put("value", 0.87);
        score.put("dataset", "golden-v3");
        return score;
    }

    static Map<String, Object> with(Map<String, Object> item, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(item);
        changed.put(field, value);
        return changed;
    }

    static byte[] gzip(String text) {
        return gzip(text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
    }
}
