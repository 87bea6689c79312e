package dev.beacon.telemetry.ingest;

import dev.beacon.registry.ModelDirectory;
import dev.beacon.shared.TeamId;
import dev.beacon.telemetry.TelemetryProperties;
import dev.beacon.telemetry.internal.JooqRequestEventRepository;
import dev.beacon.telemetry.internal.JooqRetentionRepository;
import dev.beacon.telemetry.internal.JooqRollupRepository;
import dev.beacon.telemetry.internal.JooqScoreRepository;
import dev.beacon.telemetry.internal.ScoreRow;
import dev.beacon.telemetry.internal.RawTable;
import dev.beacon.telemetry.internal.RequestEventRow;
import dev.beacon.telemetry.internal.TelemetryPartitions;
import dev.beacon.telemetry.rollup.Aggregate;
import dev.beacon.telemetry.rollup.Contribution;
import dev.beacon.telemetry.rollup.Resolution;
import dev.beacon.shared.ModelId;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Accepts request events from clients that hold an ingestion key (REST batch API, OpenTelemetry spans).
 * Checks every event, stores the new ones, and adds what they contribute to their minutes' rollups — all
 * in one transaction, so an answer of success means the data is committed. Rollups themselves are built
 * later by the rollup job; ingestion never waits for them. Other modules may use it (named interface
 * "ingestion"), e.g. to contribute history they made themselves; it checks no rights, so only for trusted work.
 */
@Service
@NamedInterface("ingestion")
public class IngestionService {

    private static final long SECONDS_PER_DAY = 86_400;

    private final ModelDirectory directory;
    private final JooqRequestEventRepository events;
    private final JooqRollupRepository rollups;
    private final JooqScoreRepository scores;
    private final JooqRetentionRepository retention;
    private final TelemetryPartitions partitions;
    private final SourceTracker sources;
    private final TransactionTemplate transactions;
    private final TelemetryProperties properties;
    private final Clock clock;

    IngestionService(ModelDirectory directory, JooqRequestEventRepository events, JooqRollupRepository rollups,
                     JooqScoreRepository scores, JooqRetentionRepository retention, TelemetryPartitions partitions,
                     SourceTracker sources, TransactionTemplate transactions,
                     TelemetryProperties properties, Clock clock) {
        this.directory = directory;
        this.events = events;
        this.rollups = rollups;
        this.scores = scores;
        this.retention = retention;
        this.partitions = partitions;
        this.sources = sources;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Stores a batch of request events.
     *
     * @param allOrNothing when true (the REST API), one invalid event refuses the whole batch with
     *                     {@link InvalidBatchException}; when false (OTLP), invalid events are left out and reported
     */
    public IngestReport ingestEvents(IngestionCaller caller, List<RequestEventInput> batch, EventSource source,
                                     boolean allOrNothing) {
        requireBatchSize(batch.size());
        EventChecks checks = new EventChecks(resolverFor(caller), timeWindow(caller.team()));
        List<IngestionProblem> problems = new ArrayList<>();
        List<RequestEventRow> valid = validRows(batch, checks::check, problems, allOrNothing);
        if (valid.isEmpty()) {
            return new IngestReport(0, 0, problems);
        }
        partitions.ensureRaw(RawTable.REQUEST_EVENT, caller.team(), days(valid));
        List<RequestEventRow> stored = transactions.execute(status -> {
            List<RequestEventRow> fresh = events.insert(valid, source.name());
            rollups.addContributions(contributions(fresh));
            return fresh;
        });
        sources.received(valid.stream().map(RequestEventRow::model).distinct().toList(), source);
        return new IngestReport(stored.size(), valid.size() - stored.size(), problems);
    }

    /** Stores a batch of evaluation scores; like events, one invalid score refuses the batch when allOrNothing. */
    public IngestReport ingestScores(IngestionCaller caller, List<ScoreInput> batch, EventSource source, boolean allOrNothing) {
        requireBatchSize(batch.size());
        ScoreChecks checks = new ScoreChecks(resolverFor(caller), timeWindow(caller.team()));
        List<IngestionProblem> problems = new ArrayList<>();
        List<ScoreRow> valid = validRows(batch, checks::check, problems, allOrNothing);
        if (valid.isEmpty()) {
            return new IngestReport(0, 0, problems);
        }
        partitions.ensureRaw(RawTable.EVAL_SCORE, caller.team(),
                valid.stream().map(row -> LocalDate.ofInstant(row.observedAt(), ZoneOffset.UTC)).collect(Collectors.toSet()));
        transactions.executeWithoutResult(status -> {
            scores.insert(valid, source.name());
            rollups.addContributions(valid.stream().map(row -> {
                Aggregate aggregate = new Aggregate();
                aggregate.addScore(row.name(), row.value(), row.observedAt().toEpochMilli());
                return new Contribution(row.model(), Resolution.MINUTE.bucketOf(row.observedAt()), aggregate);
            }).toList());
        });
        if (source.fromClient()) {
            sources.received(valid.stream().map(ScoreRow::model).distinct().toList(), source);
        }
        return new IngestReport(valid.size(), 0, problems);
    }

    /** Finds the models a caller names; for paths that build their own contributions (OTLP metrics). */
    public ModelResolver resolverFor(IngestionCaller caller) {
        return new ModelResolver(caller, directory.modelsOf(caller.team()));
    }

    /** The times the caller's team accepts telemetry for, now. */
    public TimeWindow timeWindow(TeamId team) {
        Duration kept = retention.rawDays(team).map(Duration::ofDays).orElse(properties.rawRetention());
        return new TimeWindow(clock.instant(), kept, properties.maxFutureSkew());
    }

    /**
     * Adds contributions of already checked data (OTLP metric points, scrapes, probes) to the rollups.
     * When they came from a client (OTLP), the model page learns that the path feeds these models.
     */
    public void contribute(List<Contribution> contributions, EventSource source) {
        transactions.executeWithoutResult(status -> rollups.addContributions(contributions));
        if (source.fromClient()) {
            sources.received(contributions.stream().map(Contribution::model).distinct().toList(), source);
        }
    }

    void requireBatchSize(int size) {
        if (size > properties.maxBatchEvents()) {
            throw new BatchTooLargeException(size, properties.maxBatchEvents());
        }
    }

    private static Set<LocalDate> days(List<RequestEventRow> rows) {
        Set<LocalDate> days = new HashSet<>();
        long previous = Long.MIN_VALUE;
        for (RequestEventRow row : rows) {
            long day = Math.floorDiv(row.occurredAt().getEpochSecond(), SECONDS_PER_DAY);
            if (day != previous) {
                days.add(LocalDate.ofEpochDay(day));
                previous = day;
            }
        }
        return days;
    }

    /**
     * Sums the events up per model and minute: what a batch adds to the rollups. Public so that bench/run can
     * build the rollups of bulk-loaded events exactly as ingestion builds them.
     */
    public static List<Contribution> contributions(List<RequestEventRow> rows) {
        Map<ModelId, Map<Instant, Aggregate>> byModel = new HashMap<>();
        for (RequestEventRow row : rows) {
            Aggregate aggregate = byModel.computeIfAbsent(row.model(), m -> new HashMap<>())
                    .computeIfAbsent(Resolution.MINUTE.bucketOf(row.occurredAt()), t -> new Aggregate());
            aggregate.addRequest(row.latencyMs(), row.ttftMs() == null ? null : row.ttftMs().doubleValue(),
                    row.inputTokens(), row.outputTokens(), row.errorType(), row.contextWindow());
        }
        List<Contribution> contributions = new ArrayList<>();
        byModel.forEach((model, minutes) -> minutes.forEach((minute, aggregate) ->
                contributions.add(new Contribution(model, minute, aggregate))));
        return contributions;
    }

    /** Checks one input of a batch: its row, or null after adding what is wrong with it to the problems. */
    private interface RowCheck<I, R> {
        R check(int index, I input, List<IngestionProblem> problems);
    }

    /** The batch's valid rows in order; with allOrNothing, any problem refuses the whole batch instead. */
    private static <I, R> List<R> validRows(List<I> batch, RowCheck<I, R> check, List<IngestionProblem> problems,
                                            boolean allOrNothing) {
        List<R> valid = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            R row = check.check(i, batch.get(i), problems);
            if (row != null) {
                valid.add(row);
            }
        }
        if (allOrNothing && !problems.isEmpty()) {
            throw new InvalidBatchException(problems);
        }
        return valid;
    }
}
