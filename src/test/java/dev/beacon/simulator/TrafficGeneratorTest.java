package dev.beacon.simulator;

import dev.beacon.Http;
import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelData;
import dev.beacon.registry.ModelMonitoring;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.registry.ModelStatus;
import dev.beacon.security.Team;
import dev.beacon.simulator.traffic.SimRequest;
import dev.beacon.telemetry.TelemetryQueryService;
import dev.beacon.telemetry.TelemetrySummary;
import dev.beacon.telemetry.rollup.RollupJob;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.beacon.jooq.Tables.REQUEST_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulated clients report through Beacon's real ingestion over HTTP with a real ingestion key: Ollama's
 * requests as REST events, the gateway's as OTLP spans, each request stored once; scraped models get no events.
 */
@IntegrationTest
class TrafficGeneratorTest {

    static final TrafficProfile STEADY = new TrafficProfile(60, 90, 700, 120, 200, 20, 16);

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    MutableClock clock;
    @Autowired
    RollupJob rollups;
    @Autowired
    TelemetryQueryService telemetry;
    @Autowired
    DSLContext db;

    Model ollama;
    Model gateway;
    Model vllm;
    String key;
    Simulator simulator;
    Instant start;

    @BeforeEach
    void aTeamWhoseModelsRunOnTheSimulator() {
        Team team = fixtures.team("fleet");
        ollama = register(team, ModelRuntime.OLLAMA, TestFixtures.unique("ollama") + ":7b");
        gateway = register(team, ModelRuntime.OPENAI_COMPATIBLE, TestFixtures.unique("assistant"));
        vllm = register(team, ModelRuntime.VLLM, TestFixtures.unique("org/model"));
        key = fixtures.ingestionKey(team);
        simulator = new Simulator(List.of(simulated(ollama), simulated(gateway), simulated(vllm)), List.of(), clock, 11);
        simulator.start();
        start = clock.instant();
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void ollamas_requests_arrive_as_events_and_the_gateways_as_spans_and_scraped_models_get_none() {
        TrafficGenerator generator = generator("http://127.0.0.1:" + port);
        run(Duration.ofMinutes(2));

        TrafficGenerator.Round round = generator.flush();
        rollups.runOnce();

        assertThat(round.waiting()).isZero();
        assertThat(summary(ollama).requests()).isPositive();
        assertThat(summary(gateway).requests()).isPositive();
        assertThat(summary(ollama).requests() + summary(gateway).requests()).isEqualTo(round.delivered());
        assertThat(summary(vllm).requests()).as("Beacon scrapes vLLM; its clients send nothing").isZero();
        assertThat(summary(ollama).timeToFirstTokenP50Ms()).as("streaming clients measure it").isNotNull();
        assertThat(summary(gateway).latencyP95Ms()).isGreaterThan(summary(gateway).latencyP50Ms());
        assertThat(sources(ollama)).containsOnly("API");
        assertThat(sources(gateway)).containsOnly("OTLP");
        assertThat(generator.flush().delivered()).as("nothing new happened").isZero();
    }

    @Test
    void a_batch_sent_again_after_its_answer_was_lost_is_stored_once() throws Exception {
        run(Duration.ofMinutes(1));
        List<SimRequest> events = simulator.takeReported(ollama.data().name());
        List<SimRequest> spans = simulator.takeReported(gateway.data().name());
        Http http = new Http(port);
        String body = EventBatches.json(ollama.data().servedModelName(), events);
        byte[] export = SpanBatches.export(gateway.data().servedModelName(), spans).toByteArray();

        var first = http.send("POST", "/api/v1/ingest/events", body, "Authorization", Http.bearer(key));
        var again = http.send("POST", "/api/v1/ingest/events", body, "Authorization", Http.bearer(key));
        for (int attempt = 0; attempt < 2; attempt++) {
            var exported = http.sendForBytes(HttpRequest.newBuilder(URI.create(http.url("/v1/traces")))
                    .header("Authorization", Http.bearer(key)).header("Content-Type", "application/x-protobuf")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(export)).build());
            assertThat(exported.status()).isEqualTo(200);
            assertThat(ExportTraceServiceResponse.parseFrom(exported.body()).getPartialSuccess().getRejectedSpans()).isZero();
        }
        rollups.runOnce();

        assertThat(first.json().get("accepted").asInt()).isEqualTo(events.size());
        assertThat(again.json().get("duplicates").asInt()).isEqualTo(events.size());
        assertThat(summary(ollama).requests()).isEqualTo(events.size());
        assertThat(summary(gateway).requests()).isEqualTo(spans.size());
        assertThat(summary(gateway).errors()).isEqualTo(spans.stream().filter(SimRequest::failed).count());
    }

    @Test
    void evaluation_scores_arrive_for_the_models_that_get_them() {
        TrafficGenerator generator = generator("http://127.0.0.1:" + port);

        assertThat(generator.sendScores()).isEqualTo(1);
        rollups.runOnce();

        assertThat(summary(ollama).scores()).containsOnlyKeys("accuracy");
        assertThat(summary(ollama).scores().get("accuracy").average()).isBetween(0.7, 0.9);
    }

    @Test
    void requests_that_cannot_be_delivered_wait_for_the_next_round() {
        TrafficGenerator unreachable = generator("http://127.0.0.1:1");
        run(Duration.ofSeconds(30));

        TrafficGenerator.Round round = unreachable.flush();

        assertThat(round.delivered()).isZero();
        assertThat(round.waiting()).isPositive();
        assertThat(unreachable.flush().waiting()).isGreaterThanOrEqualTo(round.waiting());
    }

    private TrafficGenerator generator(String beacon) {
        Map<String, String> keys = Map.of(ollama.data().name(), key, gateway.data().name(), key, vllm.data().name(), key);
        return new TrafficGenerator(simulator, beacon, keys,
                List.of(new ScoreFeed(ollama.data().name(), "accuracy", 0.8, 0.01, "golden", "test")), clock);
    }

    private void run(Duration duration) {
        Instant end = clock.instant().plus(duration);
        while (clock.instant().isBefore(end)) {
            clock.advance(Duration.ofSeconds(1));
            simulator.advanceTo(clock.instant());
        }
    }

    private TelemetrySummary summary(Model model) {
        return fixtures.asAdmin(() -> telemetry.summary(model.id(), start.minus(Duration.ofMinutes(1)),
                clock.instant().plus(Duration.ofMinutes(1))));
    }

    private List<String> sources(Model model) {
        return db.selectDistinct(REQUEST_EVENT.SOURCE).from(REQUEST_EVENT).where(REQUEST_EVENT.MODEL_ID.eq(model.id()))
                .fetch(REQUEST_EVENT.SOURCE);
    }

    private Model register(Team team, ModelRuntime runtime, String servedModelName) {
        return fixtures.registerAsAdmin(team, new ModelData(TestFixtures.unique("sim"), "Simulated", runtime,
                "http://127.0.0.1:9", servedModelName, "v1", 32768, new BigDecimal("0.7"), 1024, List.of(), ModelStatus.ACTIVE,
                ModelMonitoring.defaultsFor(runtime)));
    }

    private static SimulatedModel simulated(Model model) {
        return new SimulatedModel(model.data().name(), model.data().runtime(), model.data().servedModelName(), 0,
                model.data().contextWindow(), model.data().maxOutputTokens(), 0.7, STEADY);
    }
}
