package dev.beacon.telemetry;

import dev.beacon.registry.ModelDirectory;
import dev.beacon.registry.ModelEntry;
import dev.beacon.security.TeamAccess;
import dev.beacon.security.TeamRole;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.NotFoundException;
import dev.beacon.telemetry.internal.Details;
import dev.beacon.telemetry.internal.JooqTelemetryQuery;
import dev.beacon.telemetry.rollup.Aggregate;
import dev.beacon.telemetry.rollup.Distribution;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Reads a model's telemetry for people: summaries and series over any time range, computed from the
 * rollups. VIEWERs of the model's team may read; for everyone else the model does not exist.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class TelemetryQueryService {

    static final Duration MAX_RANGE = Duration.ofDays(400);
    private static final Duration LAST_PROBE_HORIZON = Duration.ofDays(1);

    private final ModelDirectory directory;
    private final TeamAccess access;
    private final JooqTelemetryQuery query;

    TelemetryQueryService(ModelDirectory directory, TeamAccess access, JooqTelemetryQuery query) {
        this.directory = directory;
        this.access = access;
        this.query = query;
    }

    @Transactional(readOnly = true)
    public TelemetrySummary summary(ModelId model, Instant from, Instant to) {
        requireReadable(model);
        requireRange(from, to);
        Aggregate all = query.merged(model, RollupPlan.cover(from, to), EnumSet.allOf(Distribution.class));
        Duration span = Duration.between(from, to);
        LastProbe lastProbe = query.lastProbe(model, to.minus(LAST_PROBE_HORIZON))
                .map(p -> new LastProbe(p.probedAt(), p.state(), p.latencyMs(), p.errorClass(), p.detail()))
                .orElse(null);
        return new TelemetrySummary(from, to,
                all.requests(), value(TelemetryMetric.REQUESTS_PER_MINUTE, all, span), all.errors(),
                value(TelemetryMetric.ERROR_RATE, all, span), all.errorTypes(),
                value(TelemetryMetric.LATENCY_P50_MS, all, span), value(TelemetryMetric.LATENCY_P95_MS, all, span),
                value(TelemetryMetric.LATENCY_P99_MS, all, span),
                value(TelemetryMetric.TIME_TO_FIRST_TOKEN_P50_MS, all, span), value(TelemetryMetric.TIME_TO_FIRST_TOKEN_P95_MS, all, span),
                value(TelemetryMetric.TIME_TO_FIRST_TOKEN_P99_MS, all, span),
                value(TelemetryMetric.INTER_TOKEN_LATENCY_P50_MS, all, span), value(TelemetryMetric.INTER_TOKEN_LATENCY_P95_MS, all, span),
                value(TelemetryMetric.INTER_TOKEN_LATENCY_P99_MS, all, span),
                all.inputTokens(), all.outputTokens(), value(TelemetryMetric.OUTPUT_TOKENS_PER_SECOND, all, span),
                value(TelemetryMetric.GENERATION_SPEED_P50, all, span),
                value(TelemetryMetric.CONTEXT_UTILIZATION_P95, all, span), value(TelemetryMetric.CONTEXT_UTILIZATION_MAX, all, span),
                value(TelemetryMetric.QUEUE_DEPTH_AVG, all, span), value(TelemetryMetric.QUEUE_DEPTH_MAX, all, span),
                value(TelemetryMetric.KV_CACHE_USAGE_AVG, all, span), value(TelemetryMetric.KV_CACHE_USAGE_MAX, all, span),
                value(TelemetryMetric.PROBE_UP_RATIO, all, span), lastProbe, scores(all), all.bucketed());
    }

    /**
     * A metric over time.
     *
     * @param step the spacing of the points; chosen from the range when empty
     */
    @Transactional(readOnly = true)
    public TelemetrySeries series(ModelId model, TelemetryMetric metric, Instant from, Instant to, Optional<Duration> step) {
        requireReadable(model);
        requireRange(from, to);
        step.flatMap(s -> SeriesStep.problemWith(s, from, to)).ifPresent(problem -> {
            throw new InvalidInputException("step", problem);
        });
        Duration chosen = SeriesStep.choose(from, to, step, SeriesStep.DEFAULT_MAX_POINTS);
        Instant first = Instant.ofEpochMilli(Math.floorDiv(from.toEpochMilli(), chosen.toMillis()) * chosen.toMillis());
        SortedMap<Instant, Aggregate> points = query.points(model, SeriesStep.resolutionFor(chosen), first, to, chosen,
                metric.distributions(), metric.readsGauges() ? Details.GAUGES : Details.NONE);
        List<SeriesPoint> series = new ArrayList<>();
        boolean bucketed = false;
        for (Instant time = first; time.isBefore(to); time = time.plus(chosen)) {
            Aggregate aggregate = points.get(time);
            series.add(new SeriesPoint(time, aggregate == null ? null : metric.valueOf(aggregate, chosen)));
            bucketed |= aggregate != null && aggregate.bucketed();
        }
        return new TelemetrySeries(metric.apiName(), metric.unit(), from, to, chosen, bucketed, series);
    }

    private void requireReadable(ModelId model) {
        ModelEntry entry = directory.find(model).orElseThrow(() -> new NotFoundException("Model"));
        access.require(entry.team(), TeamRole.VIEWER, "Model");
    }

    static void requireRange(Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new InvalidInputException("from", "Choose a range whose start lies before its end");
        }
        if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
            throw new InvalidInputException("from", "Choose a range of at most 400 days");
        }
    }

    private static Double value(TelemetryMetric metric, Aggregate aggregate, Duration span) {
        return metric.valueOf(aggregate, span);
    }

    private static Map<String, ScoreSummary> scores(Aggregate aggregate) {
        Map<String, ScoreSummary> scores = new LinkedHashMap<>();
        aggregate.scores().forEach((name, stats) -> scores.put(name, summary(stats)));
        return scores;
    }

    private static ScoreSummary summary(Stats stats) {
        return new ScoreSummary(stats.count(), stats.average(), stats.min(), stats.max(), stats.last(),
                Instant.ofEpochMilli(stats.lastAtMillis()));
    }
}
