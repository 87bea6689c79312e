package dev.beacon.bench;

import com.sun.net.httpserver.HttpServer;
import dev.beacon.evaluation.AttachmentData;
import dev.beacon.evaluation.AttachmentService;
import dev.beacon.evaluation.CaseFormat;
import dev.beacon.evaluation.ImportMode;
import dev.beacon.evaluation.Run;
import dev.beacon.evaluation.RunService;
import dev.beacon.evaluation.Scorer;
import dev.beacon.evaluation.Suite;
import dev.beacon.evaluation.SuiteData;
import dev.beacon.evaluation.SuiteService;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelData;
import dev.beacon.registry.ModelMonitoring;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.registry.ModelService;
import dev.beacon.registry.ModelStatus;
import dev.beacon.security.Team;
import dev.beacon.security.TeamData;
import dev.beacon.security.TeamService;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * An evaluation run as Run now starts it: 200 cases, 4 calls at once, against a local OpenAI-compatible server that
 * answers every call in a fixed 50 ms. The model's share is 200 / 4 × 50 ms = 2.5 s; what the run takes beyond that,
 * per case and call slot, is Beacon's own overhead (HTTP client, scoring, storing each result, progress). A 20-case
 * run first warms the code up.
 */
final class EvaluationBenchmark implements Benchmark {

    static final int CASES = 200;
    static final int CONCURRENCY = 4;
    static final Duration MODEL_TIME = Duration.ofMillis(50);

    @Override
    public String name() {
        return "evaluation";
    }

    @Override
    public void run(BenchContext context) throws Exception {
        InProcessBeacon beacon = context.beacon();
        HttpServer server = context.closeAtEnd(new FixedDelayServer()).server;
        String endpoint = "http://127.0.0.1:" + server.getAddress().getPort();
        Setup warmUp = beacon.asAdmin(() -> setup(beacon, "bench-eval-warm-up", endpoint, 20));
        finished(beacon, warmUp);
        Setup measured = beacon.asAdmin(() -> setup(beacon, "bench-eval", endpoint, CASES));
        Run run = finished(beacon, measured);
        double seconds = Duration.between(run.startedAt(), run.finishedAt()).toNanos() / 1e9;
        context.detail(run.status() + " with accuracy " + run.accuracy() + ", latency p50 " + run.latencyP50Ms() + " ms");
        context.results().put("evaluation.run_seconds_200_cases_concurrency_4", seconds, 2);
        double perCaseMs = seconds * 1000 * CONCURRENCY / CASES;
        context.results().put("evaluation.beacon_overhead_ms_per_case", perCaseMs - MODEL_TIME.toMillis(), 1);
    }

    private record Setup(Suite suite, Model model) {
    }

    private static Setup setup(InProcessBeacon beacon, String name, String endpoint, int cases) {
        Team team = beacon.bean(TeamService.class).create(new TeamData(name, "Benchmark data"));
        Model model = beacon.bean(ModelService.class).register(team.id(), new ModelData(name + "-model", "Benchmark model",
                ModelRuntime.OPENAI_COMPATIBLE, endpoint, name + "/model", "v1", 8192, new BigDecimal("0.70"), 256,
                List.of("benchmark"), ModelStatus.ACTIVE, new ModelMonitoring(false, null,
                ModelMonitoring.DEFAULT_SCRAPE_INTERVAL_SECONDS, ModelMonitoring.DEFAULT_TIMEOUT_SECONDS, false,
                ModelMonitoring.DEFAULT_PROBE_INTERVAL_SECONDS, ModelMonitoring.DEFAULT_TIMEOUT_SECONDS)));
        SuiteService suites = beacon.bean(SuiteService.class);
        Suite suite = suites.create(team.id(), new SuiteData(name, "Benchmark suite", Scorer.ExactMatch.defaults()));
        StringBuilder csv = new StringBuilder("prompt,expected\n");
        for (int i = 1; i <= cases; i++) {
            csv.append("What is 2 + 2? (case ").append(i).append("),4\n");
        }
        suites.importCases(suite.id(), CaseFormat.CSV, csv.toString(), ImportMode.APPEND);
        beacon.bean(AttachmentService.class).attach(suite.id(), new AttachmentData(model.id(), null, null, BigDecimal.ZERO,
                16, CONCURRENCY, 30, true));
        return new Setup(suite, model);
    }

    private static Run finished(InProcessBeacon beacon, Setup setup) throws InterruptedException {
        RunService runs = beacon.bean(RunService.class);
        Run started = beacon.asAdmin(() -> runs.runNow(setup.suite().id(), setup.model().id()));
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            Run run = beacon.asAdmin(() -> runs.run(started.id()));
            if (run.status().finished()) {
                return run;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("The evaluation run did not finish within 2 minutes");
    }

    /** Answers every chat completion with "4" after 50 ms, as a small, steady model would. */
    private static final class FixedDelayServer implements AutoCloseable {

        private static final byte[] ANSWER = """
                {"id":"bench","object":"chat.completion","model":"bench","choices":[{"index":0,"message":\
                {"role":"assistant","content":"4"},"finish_reason":"stop"}],\
                "usage":{"prompt_tokens":9,"completion_tokens":1,"total_tokens":10}}""".getBytes(StandardCharsets.UTF_8);

        final HttpServer server;

        FixedDelayServer() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/v1/chat/completions", exchange -> {
                try (exchange) {
                    exchange.getRequestBody().readAllBytes();
                    Thread.sleep(MODEL_TIME);
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, ANSWER.length);
                    exchange.getResponseBody().write(ANSWER);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            server.start();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
