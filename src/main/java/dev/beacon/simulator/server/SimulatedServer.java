package dev.beacon.simulator.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.beacon.simulator.SimulatedModel;
import dev.beacon.simulator.traffic.Load;
import dev.beacon.simulator.traffic.SimRequest;
import dev.beacon.simulator.traffic.TrafficSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * One simulated model server on 127.0.0.1, answering HTTP as its runtime does. It can go down (an outage:
 * connections are refused) and come back as a fresh process whose counters start at zero, as a real restart
 * does; and it can be loading its model.
 */
public final class SimulatedServer implements TrafficSink {

    private static final Logger log = LoggerFactory.getLogger(SimulatedServer.class);
    private static final String CHAT_PATH = "/v1/chat/completions";
    private static final int LONGEST_REQUEST = 1 << 20;

    private final SimulatedModel model;
    private final Clock clock;
    private final Random random;
    private final ChatCompletions chat;
    private volatile SimulatedRuntime runtime;
    private volatile boolean loading;
    private volatile Function<Instant, ChatState> chatState = now -> ChatState.USUAL;
    private HttpServer http;
    private ExecutorService executor;
    private int port;
    private boolean failedBefore;

    public SimulatedServer(SimulatedModel model, Clock clock, Random random) {
        this.model = model;
        this.clock = clock;
        this.random = random;
        this.port = model.port();
        this.chat = new ChatCompletions(model, random);
    }

    /** Starts listening as a fresh process; false, after one log line saying why, when it cannot. */
    public synchronized boolean start() {
        if (http != null) {
            return true;
        }
        try {
            executor = Executors.newVirtualThreadPerTaskExecutor();
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            http.setExecutor(executor);
            http.createContext("/", this::handle);
            runtime = Runtimes.create(model, clock.instant(), random);
            http.start();
            port = http.getAddress().getPort();
            failedBefore = false;
            return true;
        } catch (IOException cannotListen) {
            if (!failedBefore) {
                log.warn("The simulated {} server of {} cannot listen on 127.0.0.1:{} ({}); it gets no simulated traffic",
                        model.runtime().label(), model.name(), port, cannotListen.getMessage());
            }
            failedBefore = true;
            http = null;
            executor.close();
            return false;
        }
    }

    /** Stops listening at once: new connections are refused. */
    public synchronized void stop() {
        if (http != null) {
            http.stop(0);
            executor.shutdownNow();
            http = null;
        }
    }

    public synchronized boolean running() {
        return http != null;
    }

    public void setLoading(boolean loading) {
        this.loading = loading;
    }

    /** How chat completions are answered at each moment (accuracy, latency spikes, error bursts). */
    public void setChatState(Function<Instant, ChatState> chatState) {
        this.chatState = chatState;
    }

    /** The port it listens on (the one it was given, or the free one it took when given 0). */
    public synchronized int port() {
        return port;
    }

    @Override
    public void record(SimRequest request) {
        if (running()) {
            runtime.record(request);
        }
    }

    @Override
    public void observe(Load load, Instant at) {
        if (running()) {
            runtime.observe(load, at);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Answer answer = "POST".equals(exchange.getRequestMethod()) && path.endsWith(CHAT_PATH)
                    ? chat(exchange) : runtime.answer(path, loading, clock.instant());
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(answer.status(), head || body.length == 0 ? -1 : body.length);
            if (!head && body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    /** Answers after the model's latency, as a real server takes its time; a loading server refuses at once. */
    private Answer chat(HttpExchange exchange) throws IOException {
        if (loading) {
            return Answer.json(503, Json.write(Json.object("error", Json.object("code", 503, "message", "Loading model",
                    "type", "unavailable_error"))));
        }
        String request = new String(exchange.getRequestBody().readNBytes(LONGEST_REQUEST), StandardCharsets.UTF_8);
        Instant now = clock.instant();
        ChatCompletions.Reply reply = chat.answer(request, chatState.apply(now), now);
        try {
            Thread.sleep(reply.latency());
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
        return reply.answer();
    }
}
