package dev.beacon.bench;

import dev.beacon.bench.BenchTeam.BenchModel;
import dev.beacon.shared.TeamId;
import dev.beacon.telemetry.ingest.EventSource;
import dev.beacon.telemetry.ingest.IngestionService;
import dev.beacon.telemetry.internal.RawTable;
import dev.beacon.telemetry.internal.RequestEventRow;
import dev.beacon.telemetry.internal.TelemetryPartitions;
import dev.beacon.telemetry.rollup.Contribution;
import org.postgresql.PGConnection;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Loads the query benchmark's data fast, yet the way Beacon would hold it: the raw events go into request_event
 * with COPY (the team's day partitions made by Beacon's own TelemetryPartitions), in time order with the models
 * interleaved as live traffic arrives, and what they contribute to the rollups is computed by ingestion's own code
 * (IngestionService.contributions) and written with IngestionService.contribute — the real RollupJob, running in
 * the background as in production, then builds the minute, hour and day rollups.
 */
final class QueryData {

    /** Events are generated and loaded in slices of this length (bounded memory), by two loaders at once. */
    private static final Duration SLICE = Duration.ofHours(6);
    private static final int LOADERS = 2;

    private final InProcessBeacon beacon;
    private final BenchTeam team;
    private final Instant start;
    private final Instant end;
    private final double eventsPerModelMinute;

    QueryData(InProcessBeacon beacon, BenchTeam team, Instant end, Duration span, long eventsPerModel) {
        this.beacon = beacon;
        this.team = team;
        this.start = end.minus(span);
        this.end = end;
        this.eventsPerModelMinute = eventsPerModel / (double) span.toMinutes();
    }

    /** Loads everything; returns the number of events. */
    long load() throws Exception {
        Set<LocalDate> days = new HashSet<>();
        for (Instant day = start; day.isBefore(end); day = day.plus(Duration.ofDays(1))) {
            days.add(LocalDate.ofInstant(day, ZoneOffset.UTC));
        }
        days.add(LocalDate.ofInstant(end.minusMillis(1), ZoneOffset.UTC));
        beacon.bean(TelemetryPartitions.class).ensureRaw(RawTable.REQUEST_EVENT, team.id(), days);
        List<Instant> slices = new ArrayList<>();
        for (Instant slice = start; slice.isBefore(end); slice = slice.plus(SLICE)) {
            slices.add(slice);
        }
        AtomicLong events = new AtomicLong();
        try (ExecutorService loaders = Executors.newFixedThreadPool(LOADERS)) {
            List<Future<?>> done = new ArrayList<>();
            for (int loader = 0; loader < LOADERS; loader++) {
                int first = loader;
                done.add(loaders.submit(() -> {
                    try (Connection connection = beacon.connect()) {
                        for (int i = first; i < slices.size(); i += LOADERS) {
                            Instant from = slices.get(i);
                            Instant to = from.plus(SLICE).isAfter(end) ? end : from.plus(SLICE);
                            events.addAndGet(loadSlice(connection, from, to, new SplittableRandom(from.toEpochMilli())));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> loader : done) {
                loader.get();
            }
        }
        return events.get();
    }

    /** One slice: its events by COPY, then their contributions. */
    private long loadSlice(Connection connection, Instant from, Instant to, SplittableRandom random) throws Exception {
        List<SyntheticRequest> requests = generate(from, to, random);
        BinaryCopyRows copy = new BinaryCopyRows(requests.size());
        List<RequestEventRow> rows = new ArrayList<>(requests.size());
        TeamId teamId = team.id();
        for (SyntheticRequest request : requests) {
            copy.row(teamId.value(), request, null, "API");
            rows.add(new RequestEventRow(teamId, request.model().id(), Instant.ofEpochMilli(request.atMillis()), request.latencyMs(),
                    request.ttftMs(), request.inputTokens(), request.outputTokens(), request.errorType(),
                    Float.parseFloat(EventText.TEMPERATURE), Integer.parseInt(EventText.MAX_TOKENS), null,
                    request.model().contextWindow()));
        }
        connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn(CopyLoad.Format.BINARY.statement, new ByteArrayInputStream(copy.finish()));
        List<Contribution> contributions = new ArrayList<>(IngestionService.contributions(rows));
        // In model and time order, so that each round of the rollup job touches few hour and day rows.
        contributions.sort(Comparator.comparing((Contribution c) -> c.model().value()).thenComparing(Contribution::minute));
        beacon.bean(IngestionService.class).contribute(contributions, EventSource.API);
        return requests.size();
    }

    /**
     * Every model gets the same number of events each minute (give or take one, so that the total comes out exact),
     * at random moments within the minute; minute by minute, so the rows arrive in time order.
     */
    private List<SyntheticRequest> generate(Instant from, Instant to, SplittableRandom random) {
        List<SyntheticRequest> requests = new ArrayList<>();
        long startMinute = start.getEpochSecond() / 60;
        for (long minute = from.getEpochSecond() / 60; minute < to.getEpochSecond() / 60; minute++) {
            long index = minute - startMinute;
            int count = (int) (Math.floor((index + 1) * eventsPerModelMinute) - Math.floor(index * eventsPerModelMinute));
            for (BenchModel model : team.models()) {
                for (int i = 0; i < count; i++) {
                    requests.add(SyntheticRequest.next(random, model, minute * 60_000 + random.nextInt(60_000)));
                }
            }
        }
        return requests;
    }
}
