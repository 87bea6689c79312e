package dev.beacon.telemetry;

import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ModelId;
import dev.beacon.telemetry.internal.JooqTelemetryQuery;
import dev.beacon.telemetry.rollup.Aggregate;
import dev.beacon.telemetry.rollup.RollupPlan;
import dev.beacon.telemetry.rollup.SeriesStep;
import dev.beacon.telemetry.rollup.Stats;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A model's evaluation scores (accuracy, faithfulness…) for dashboards: which names the model has, one
 * score over time, and one figure over a whole range. VIEWERs of the model's team may read.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ScoreQuery {

    private final TelemetryReads reads;
    private final JooqTelemetryQuery query;

    ScoreQuery(TelemetryReads reads, JooqTelemetryQuery query) {
        this.reads = reads;
        this.query = query;
    }

    /** The names of the scores the model received in the range, sorted. */
    @Transactional(readOnly = true)
    public List<String> names(ModelId model, Instant from, Instant to) {
        reads.requireReadable(model);
        TelemetryReads.requireRange(from, to);
        return List.copyOf(merged(model, from, to).scores().keySet());
    }

    /** The score's figure over [from, to), or null when the model received none then. */
    @Transactional(readOnly = true)
    public Double value(ModelId model, String name, ScoreStatistic statistic, Instant from, Instant to) {
        reads.requireReadable(model);
        TelemetryReads.requireRange(from, to);
        return figure(merged(model, from, to).scores().get(name), statistic);
    }

    /**
     * The score over time; points without readings are null.
     *
     * @param step the spacing of the points; chosen from the range when empty
     */
    @Transactional(readOnly = true)
    public TelemetrySeries series(ModelId model, String name, ScoreStatistic statistic, Instant from, Instant to,
                                  Optional<Duration> step) {
        reads.requireReadable(model);
        TelemetryReads.requireRange(from, to);
        step.flatMap(s -> SeriesStep.problemWith(s, from, to)).ifPresent(problem -> {
            throw new InvalidInputException("step", problem);
        });
        Duration chosen = SeriesStep.choose(from, to, step, SeriesStep.DEFAULT_MAX_POINTS);
        Instant first = Instant.ofEpochMilli(Math.floorDiv(from.toEpochMilli(), chosen.toMillis()) * chosen.toMillis());
        SortedMap<Instant, Aggregate> points = query.points(model, SeriesStep.resolutionFor(chosen), first, to, chosen,
                EnumSet.noneOf(dev.beacon.telemetry.rollup.Distribution.class));
        List<SeriesPoint> series = new ArrayList<>();
        for (Instant time = first; time.isBefore(to); time = time.plus(chosen)) {
            Aggregate aggregate = points.get(time);
            series.add(new SeriesPoint(time, aggregate == null ? null : figure(aggregate.scores().get(name), statistic)));
        }
        return new TelemetrySeries(name, "", from, to, chosen, false, series);
    }

    private Aggregate merged(ModelId model, Instant from, Instant to) {
        return query.merged(model, RollupPlan.cover(from, to), EnumSet.noneOf(dev.beacon.telemetry.rollup.Distribution.class));
    }

    private static Double figure(Stats stats, ScoreStatistic statistic) {
        if (stats == null || stats.count() == 0) {
            return null;
        }
        return switch (statistic) {
            case AVERAGE -> stats.average();
            case MIN -> stats.min();
            case MAX -> stats.max();
        };
    }
}
