package dev.beacon.simulator;

import dev.beacon.registry.ModelRuntime;
import dev.beacon.simulator.traffic.Conditions;
import dev.beacon.simulator.traffic.Load;
import dev.beacon.simulator.traffic.RequestDraws;
import dev.beacon.simulator.traffic.SimRequest;
import dev.beacon.telemetry.ProbeState;
import dev.beacon.telemetry.ingest.EventSource;
import dev.beacon.telemetry.ingest.IngestionService;
import dev.beacon.telemetry.rollup.Aggregate;
import dev.beacon.telemetry.rollup.Contribution;
import dev.beacon.telemetry.rollup.Gauge;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes 30 days of a model's past straight into the rollups' input, as contributions, so that month-long
 * dashboards have something to show on the first start. The traffic is the live simulation's — the same rates
 * over the day, the same request draws, the model's incidents — but summarised: one contribution per 10 minutes
 * for all but the last day, one per minute for the last 24 hours or so (so charts of a day or less look like
 * live data), each built from a sample of at most {@value #SAMPLES} drawn requests weighted up to the full count,
 * and one evaluation score a day.
 * The rollup job then turns them into minute, hour and day rollups as it does with any other data.
 */
public final class HistoryBackfill {

    static final Duration SPAN = Duration.ofDays(30);
    static final Duration FINE_SPAN = Duration.ofHours(24);
    static final Duration COARSE_BUCKET = Duration.ofMinutes(10);
    static final int SAMPLES = 40;
    private static final int PROBES_PER_MINUTE = 2;
    private static final int CONTRIBUTIONS_PER_TRANSACTION = 2_000;

    private final IngestionService ingestion;

    public HistoryBackfill(IngestionService ingestion) {
        this.ingestion = ingestion;
    }

    /**
     * Writes the model's history for the 30 days before {@code end} (rounded down to the minute; the ten-minute
     * buckets are aligned to ten minutes of the clock); returns how many contributions it wrote.
     */
    public int backfill(HistoryPlan plan, Instant end, long seed) {
        Random random = new Random(seed);
        RequestDraws draws = new RequestDraws(plan.simulated(), random);
        Instant last = end.truncatedTo(ChronoUnit.MINUTES);
        Instant fine = tenMinutesOf(last.minus(FINE_SPAN));
        List<Contribution> batch = new ArrayList<>();
        int written = 0;
        for (Instant at = tenMinutesOf(last.minus(SPAN)); at.isBefore(last); ) {
            Duration length = at.isBefore(fine) ? COARSE_BUCKET : Duration.ofMinutes(1);
            batch.add(new Contribution(plan.model(), at, bucket(plan, draws, random, at, length)));
            if (batch.size() == CONTRIBUTIONS_PER_TRANSACTION) {
                written += write(batch);
            }
            at = at.plus(length);
        }
        addScores(plan, last, random, batch);
        return written + write(batch);
    }

    private static Instant tenMinutesOf(Instant instant) {
        long bucket = COARSE_BUCKET.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(instant.toEpochMilli(), bucket) * bucket);
    }

    private Aggregate bucket(HistoryPlan plan, RequestDraws draws, Random random, Instant from, Duration length) {
        Instant middle = from.plus(length.dividedBy(2));
        Conditions conditions = conditionsAt(plan, middle);
        Aggregate aggregate = new Aggregate();
        int count = draws.count(middle, length.toSeconds());
        int samples = Math.min(count, SAMPLES);
        HistoryView view = new HistoryView(plan.simulated());
        for (int i = 0; i < samples; i++) {
            SimRequest request = draws.draw(from.plusMillis((long) (random.nextDouble() * length.toMillis())), conditions);
            view.add(aggregate, request, (double) count / samples);
        }
        view.addCountsTo(aggregate);
        if (plan.simulated().feed() == Feed.SCRAPE) {
            Load load = draws.load(middle, conditions);
            aggregate.addGauge(Gauge.QUEUE_DEPTH, load.waiting(), middle.toEpochMilli());
            aggregate.addGauge(Gauge.RUNNING_REQUESTS, load.running(), middle.toEpochMilli());
            if (plan.simulated().runtime() != ModelRuntime.TGI) { // TGI reports no KV-cache figure
                aggregate.addGauge(Gauge.KV_CACHE_USAGE, load.kvCacheUse(), middle.toEpochMilli());
            }
            aggregate.markBucketed();
        }
        if (plan.probed()) {
            ProbeState state = conditions.unavailable() ? ProbeState.DOWN : conditions.loading() ? ProbeState.STARTING : ProbeState.UP;
            for (long probe = 0; probe < length.toMinutes() * PROBES_PER_MINUTE; probe++) {
                aggregate.addProbe(state);
            }
        }
        return aggregate;
    }

    /** One score a day at 06:00 UTC, a little worse the further back (models get better). */
    private static void addScores(HistoryPlan plan, Instant last, Random random, List<Contribution> batch) {
        ScoreFeed feed = plan.score();
        if (feed == null) {
            return;
        }
        Instant first = last.minus(SPAN).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(6));
        if (first.isBefore(last.minus(SPAN))) {
            first = first.plus(Duration.ofDays(1));
        }
        for (Instant day = first; day.isBefore(last); day = day.plus(Duration.ofDays(1))) {
            double ageShare = (double) Duration.between(day, last).toHours() / SPAN.toHours();
            double value = feed.mean() - 0.06 * ageShare + feed.spread() * random.nextGaussian();
            Aggregate aggregate = new Aggregate();
            aggregate.addScore(feed.name(), Math.max(0, Math.min(1, value)), day.toEpochMilli());
            batch.add(new Contribution(plan.model(), day, aggregate));
        }
    }

    private static Conditions conditionsAt(HistoryPlan plan, Instant at) {
        Map<Degradation, Double> strengths = new EnumMap<>(Degradation.class);
        plan.incidents().stream().filter(incident -> incident.covers(at))
                .forEach(incident -> strengths.merge(incident.kind(), incident.strength(), Math::max));
        return Conditions.of(strengths);
    }

    private int write(List<Contribution> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        ingestion.contribute(List.copyOf(batch), EventSource.HISTORY);
        int written = batch.size();
        batch.clear();
        return written;
    }
}
