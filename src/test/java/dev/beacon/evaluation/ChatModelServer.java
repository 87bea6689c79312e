package dev.beacon.evaluation;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.beacon.TestFixtures;
import dev.beacon.registry.ModelData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A real HTTP server on 127.0.0.1 that answers {@code POST /v1/chat/completions} as vLLM does (OpenAI's response shape,
 * with {@code usage}). The test decides the reply per question (the last user message): an answer, an answer after a
 * delay (for timeouts), an HTTP error, or a body that is not a chat completion. {@link #hold()} makes every request wait
 * until {@link #release()} (for cancelling a run mid-way); {@link #stop()} closes the port, so calls are refused. Every
 * request is recorded with its body and Authorization header.
 * <p>
 * Tokens are counted as words, so tests can predict them: prompt tokens = words of all messages, completion tokens =
 * words of the answer.
 */
public final class ChatModelServer implements AutoCloseable {

    public static final String PATH = "/v1/chat/completions";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the server does with one question. */
    public sealed interface Reply {

        static Reply answer(String text) {
            return new Answer(text, Duration.ZERO);
        }

        static Reply slowly(Duration delay, String text) {
            return new Answer(text, delay);
        }

        static Reply error(int status) {
            return new Error(status);
        }

        /** A 200 response whose body is exactly this text (e.g. not JSON, or JSON without choices). */
        static Reply raw(String body) {
            return new Raw(body);
        }
    }

    record Answer(String text, Duration delay) implements Reply {
    }

    record Error(int status) implements Reply {
    }

    record Raw(String body) implements Reply {
    }

    /**
     * One request as it arrived.
     *
     * @param question      the content of the last user message
     * @param authorization the Authorization header, or null
     */
    public record Received(String path, String body, String authorization, String model, String question,
                           JsonNode json) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final int port;
    private volatile Function<String, Reply> replies = question -> Reply.answer("");
    private final AtomicReference<CountDownLatch> gate = new AtomicReference<>(new CountDownLatch(0));

    private ChatModelServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
        port = server.getAddress().getPort();
    }

    public static ChatModelServer start() {
        return new ChatModelServer();
    }

    /** The base URL to register as the model's endpoint, e.g. http://127.0.0.1:43121 (no /v1). */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** A model's data (as {@link TestFixtures#modelData}) whose endpoint is this server. */
    public ModelData modelData(String name) {
        ModelData data = TestFixtures.modelData(name);
        return new ModelData(data.name(), data.description(), data.runtime(), url(), data.servedModelName(),
                data.versionLabel(), data.contextWindow(), data.defaultTemperature(), data.maxOutputTokens(), data.tags(),
                data.status(), data.monitoring());
    }

    /** Answers each question with the function's text. */
    public ChatModelServer answering(Function<String, String> answers) {
        return replying(question -> Reply.answer(answers.apply(question)));
    }

    /** Replies to each question as the function says. */
    public ChatModelServer replying(Function<String, Reply> replies) {
        this.replies = replies;
        return this;
    }

    /** From now on, requests wait (recorded already) until {@link #release()}. */
    public ChatModelServer hold() {
        gate.set(new CountDownLatch(1));
        return this;
    }

    /** Lets held requests (and later ones) through. */
    public void release() {
        gate.get().countDown();
    }

    /** Closes the port: later calls find nothing listening (connection refused). */
    public void stop() {
        release();
        server.stop(0);
    }

    public List<Received> requests() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            JsonNode json = parse(body);
            String question = lastUserMessage(json);
            received.add(new Received(path, body, exchange.getRequestHeaders().getFirst("Authorization"),
                    json == null ? null : json.path("model").asString(null), question, json));
            if (!"POST".equals(exchange.getRequestMethod()) || !PATH.equals(path) || json == null) {
                send(exchange, 404, "{\"object\":\"error\",\"message\":\"Not found\"}");
                return;
            }
            awaitGate();
            switch (replies.apply(question)) {
                case Answer answer -> {
                    pause(answer.delay());
                    send(exchange, 200, completion(json, answer.text()));
                }
                case Error error -> send(exchange, error.status(),
                        "{\"object\":\"error\",\"message\":\"Internal server error\",\"code\":" + error.status() + "}");
                case Raw raw -> send(exchange, 200, raw.body());
            }
        } catch (IOException e) {
            // the caller gave up (timeout, cancelled run): nothing to answer
        }
    }

    private String completion(JsonNode request, String answer) {
        ObjectNode response = JSON.createObjectNode();
        response.put("id", "chatcmpl-" + Long.toHexString(System.nanoTime()));
        response.put("object", "chat.completion");
        response.put("created", System.currentTimeMillis() / 1000);
        response.put("model", request.path("model").asString(""));
        ArrayNode choices = response.putArray("choices");
        ObjectNode choice = choices.addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        message.put("content", answer);
        choice.putNull("logprobs");
        choice.put("finish_reason", "stop");
        int prompt = 0;
        for (JsonNode each : request.path("messages")) {
            prompt += words(each.path("content").asString(""));
        }
        int completion = words(answer);
        ObjectNode usage = response.putObject("usage");
        usage.put("prompt_tokens", prompt);
        usage.put("completion_tokens", completion);
        usage.put("total_tokens", prompt + completion);
        return JSON.writeValueAsString(response);
    }

    private static int words(String text) {
        return text == null || text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String lastUserMessage(JsonNode json) {
        String question = null;
        if (json != null) {
            for (JsonNode message : json.path("messages")) {
                if ("user".equals(message.path("role").asString(""))) {
                    question = message.path("content").asString("");
                }
            }
        }
        return question;
    }

    private void awaitGate() {
        try {
            gate.get().await(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pause(Duration delay) {
        if (delay.isPositive()) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        stop();
        threads.shutdownNow();
    }
}
