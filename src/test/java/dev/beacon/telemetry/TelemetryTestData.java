package dev.beacon.telemetry;

import dev.beacon.security.Team;
import dev.beacon.shared.ModelId;
import dev.beacon.telemetry.ingest.EventSource;
import dev.beacon.telemetry.ingest.IngestionCaller;
import dev.beacon.telemetry.ingest.IngestionService;
import dev.beacon.telemetry.ingest.RequestEventInput;
import dev.beacon.telemetry.rollup.Aggregate;
import dev.beacon.telemetry.rollup.Contribution;
import dev.beacon.telemetry.rollup.RollupJob;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Request events with known figures, for telemetry tests. */
public final class TelemetryTestData {

    private TelemetryTestData() {
    }

    public static IngestionCaller callerFor(Team team) {
        return new IngestionCaller(UUID.randomUUID(), team.id(), Optional.empty(), "test key");
    }

    /** An event that passes every check. */
    public static RequestEventInput event(String model, Instant at, double latencyMs) {
        return new RequestEventInput(model, at, latencyMs, latencyMs / 5, 400L, 120L, "ok", null, 0.7, 1024L, null);
    }

    public static RequestEventInput withClientId(RequestEventInput event, String id) {
        return new RequestEventInput(event.model(), event.timestamp(), event.latencyMs(), event.timeToFirstTokenMs(),
                event.inputTokens(), event.outputTokens(), event.status(), event.errorType(), event.temperature(),
                event.maxTokens(), id);
    }

    public static RequestEventInput failed(RequestEventInput event, String errorType) {
        return new RequestEventInput(event.model(), event.timestamp(), event.latencyMs(), event.timeToFirstTokenMs(),
                event.inputTokens(), event.outputTokens(), "error", errorType, event.temperature(), event.maxTokens(),
                event.clientEventId());
    }

    /** Log-normal latencies (median about e^6.5 ≈ 665 ms) spread evenly over the span before {@code end}. */
    public static List<RequestEventInput> logNormalEvents(String model, Instant end, Duration span, int count, long seed) {
        Random random = new Random(seed);
        List<RequestEventInput> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Instant at = end.minus(span).plusMillis(span.toMillis() * i / count);
            events.add(event(model, at, Math.exp(6.5 + 0.7 * random.nextGaussian())));
        }
        return events;
    }

    /** The exact nearest-rank percentile. */
    public static double exactPercentile(List<RequestEventInput> events, double q) {
        double[] values = events.stream().mapToDouble(RequestEventInput::latencyMs).toArray();
        Arrays.sort(values);
        return values[(int) Math.ceil(q * values.length) - 1];
    }

    /** Adds what {@code fill} puts into an aggregate to the model's minute, as one batch or scrape would, and rolls it up. */
    public static void minute(IngestionService ingestion, RollupJob rollups, ModelId model, Instant minute,
                              Consumer<Aggregate> fill) {
        minutes(ingestion, rollups, model, List.of(minute), (at, aggregate) -> fill.accept(aggregate));
    }

    /** Contributes one aggregate to each of the minutes in one go, then rolls them all up. */
    public static void minutes(IngestionService ingestion, RollupJob rollups, ModelId model, List<Instant> minutes,
                               BiConsumer<Instant, Aggregate> fill) {
        List<Contribution> contributions = new ArrayList<>(minutes.size());
        for (Instant minute : minutes) {
            Aggregate aggregate = new Aggregate();
            fill.accept(minute, aggregate);
            contributions.add(new Contribution(model, minute, aggregate));
        }
        ingestion.contribute(contributions, EventSource.API);
        rollups.runOnce();
    }
}
