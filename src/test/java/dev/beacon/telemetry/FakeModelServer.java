package dev.beacon.telemetry;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A real HTTP server on localhost that answers like a model server: each path gets a status, a content
 * type and a body the test sets (and may change between calls), optionally after a delay. It records when
 * each request arrived. Unknown paths answer 404.
 */
public final class FakeModelServer implements AutoCloseable {

    /** What a path answers. */
    public record Answer(int status, String contentType, String body, Duration delay) {
    }

    /** One request as it arrived. */
    public record Arrival(String path, Instant at, Map<String, List<String>> headers) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();
    private volatile Function<HttpExchange, Map<String, List<String>>> recorder = exchange -> exchange.getRequestHeaders();

    private FakeModelServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    public static FakeModelServer start() {
        return new FakeModelServer();
    }

    /** The base URL, e.g. http://127.0.0.1:43121, to register as a model's endpoint. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public FakeModelServer answer(String path, int status, String contentType, String body) {
        answers.put(path, new Answer(status, contentType, body, Duration.ZERO));
        return this;
    }

    public FakeModelServer answerJson(String path, int status, String json) {
        return answer(path, status, "application/json", json);
    }

    public FakeModelServer answerText(String path, String text) {
        return answer(path, 200, "text/plain; version=0.0.4; charset=utf-8", text);
    }

    public FakeModelServer answerSlowly(String path, Duration delay) {
        answers.put(path, new Answer(200, "text/plain", "late", delay));
        return this;
    }

    /** What to record of each request besides its path and time (e.g. who held a lock when it came). */
    public FakeModelServer recording(Function<HttpExchange, Map<String, List<String>>> recorder) {
        this.recorder = recorder;
        return this;
    }

    public List<Arrival> arrivals() {
        return List.copyOf(arrivals);
    }

    public List<Arrival> arrivals(String path) {
        return arrivals.stream().filter(arrival -> arrival.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        arrivals.add(new Arrival(path, Instant.now(), recorder.apply(exchange)));
        Answer answer = answers.getOrDefault(path, new Answer(404, "text/plain", "not found", Duration.ZERO));
        if (!answer.delay().isZero()) {
            try {
                Thread.sleep(answer.delay());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
