package dev.beacon.telemetry;

import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelData;
import dev.beacon.registry.ModelDirectory;
import dev.beacon.registry.ModelMonitoring;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.security.Team;
import dev.beacon.telemetry.ingest.EventSource;
import dev.beacon.telemetry.ingest.IngestionService;
import dev.beacon.telemetry.ingest.RequestEventInput;
import dev.beacon.telemetry.probe.ProbeService;
import dev.beacon.telemetry.rollup.RollupJob;
import org.springframework.context.ApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Models with known telemetry for the fleet overview's tests, made through the real paths: registration,
 * the ingestion service with a rollup run, and real health probes of a real (fake) model server or a port
 * where nothing listens.
 */
public final class FleetData {

    private final TestFixtures fixtures;
    private final IngestionService ingestion;
    private final RollupJob rollups;
    private final ProbeService probes;
    private final ModelDirectory directory;
    private final Clock clock;

    public FleetData(ApplicationContext context) {
        this.fixtures = context.getBean(TestFixtures.class);
        this.ingestion = context.getBean(IngestionService.class);
        this.rollups = context.getBean(RollupJob.class);
        this.probes = context.getBean(ProbeService.class);
        this.directory = context.getBean(ModelDirectory.class);
        this.clock = context.getBean(Clock.class);
    }

    /** A model with this runtime and these tags, at an endpoint where nothing is probed unless asked to. */
    public Model model(Team team, String prefix, ModelRuntime runtime, String... tags) {
        return modelAt(team, prefix, runtime, "http://gpu-node-1:8000", List.of(tags));
    }

    /** A vLLM model served at this endpoint, e.g. a {@link FakeModelServer} or {@link #closedPort()}. */
    public Model modelAt(Team team, String prefix, String endpoint) {
        return modelAt(team, prefix, ModelRuntime.VLLM, endpoint, List.of("test"));
    }

    private Model modelAt(Team team, String prefix, ModelRuntime runtime, String endpoint, List<String> tags) {
        ModelData base = TestFixtures.modelData(TestFixtures.unique(prefix));
        return fixtures.registerAsAdmin(team, new ModelData(base.name(), base.description(), runtime, endpoint,
                base.servedModelName(), base.versionLabel(), base.contextWindow(), base.defaultTemperature(),
                base.maxOutputTokens(), tags, base.status(), ModelMonitoring.defaultsFor(runtime)));
    }

    /**
     * {@code count} requests of {@code latencyMs}, {@code latencyMs + 1}… each, {@code failed} of them failed,
     * 5 seconds into the minute that began {@code minutesAgo} whole minutes before the current one; rolled up at
     * once. Returns the start of that minute.
     */
    public Instant requests(Team team, Model model, int minutesAgo, int count, int failed, double latencyMs) {
        Instant minute = minuteStart(minutesAgo);
        Instant at = minute.plusSeconds(5);
        List<RequestEventInput> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            RequestEventInput event = TelemetryTestData.event(model.id().toString(), at, latencyMs + i);
            events.add(i < failed ? TelemetryTestData.failed(event, "server_error") : event);
        }
        ingestion.ingestEvents(TelemetryTestData.callerFor(team), events, EventSource.API, true);
        rollups.runOnce();
        return minute;
    }

    /** {@code perMinute} requests in each of the last 60 whole minutes, the first of each minute failed; rolled up at once. */
    public void busyHour(Team team, Model model, int perMinute, double latencyMs) {
        List<RequestEventInput> events = new ArrayList<>();
        for (int minute = 1; minute <= 60; minute++) {
            Instant at = minuteStart(minute).plusSeconds(5);
            for (int i = 0; i < perMinute; i++) {
                RequestEventInput event = TelemetryTestData.event(model.id().toString(), at.plusMillis(i), latencyMs + i);
                events.add(i == 0 ? TelemetryTestData.failed(event, "timeout") : event);
            }
        }
        ingestion.ingestEvents(TelemetryTestData.callerFor(team), events, EventSource.API, true);
        rollups.runOnce();
    }

    /** The start of the minute {@code minutesAgo} whole minutes before the current one. */
    public Instant minuteStart(int minutesAgo) {
        return clock.instant().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(minutesAgo));
    }

    /** Probes the model's server now, as the scheduled probes do. */
    public void probe(Model model) {
        probes.probe(directory.find(model.id()).orElseThrow());
        rollups.runOnce();
    }

    /** A probed model whose server answers its health check: Good. */
    public Model healthyModel(Team team, String prefix) {
        try (FakeModelServer server = FakeModelServer.start().answer("/health", 200, "text/plain", "")) {
            Model model = modelAt(team, prefix, server.url());
            probe(model);
            return model;
        }
    }

    /** A probed model whose server refuses connections: Critical. */
    public Model downModel(Team team, String prefix) {
        Model model = modelAt(team, prefix, closedPort());
        probe(model);
        return model;
    }

    /** A URL where nothing accepts connections. */
    public static String closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
