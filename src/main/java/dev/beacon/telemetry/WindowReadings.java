package dev.beacon.telemetry;

import dev.beacon.shared.ModelId;
import dev.beacon.telemetry.internal.Details;
import dev.beacon.telemetry.internal.JooqWindowQuery;
import dev.beacon.telemetry.rollup.Aggregate;
import dev.beacon.telemetry.rollup.Distribution;
import dev.beacon.telemetry.rollup.RollupPlan;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One window's figures for many models in one query of the rollups (never the raw rows), for Beacon's own
 * background work: the alert evaluator judges every rule of every model each cycle. It applies no user's
 * rights, so it must never answer a user's request directly; people read through {@link TelemetryQueryService}.
 */
@Component
public class WindowReadings {

    private final JooqWindowQuery query;

    WindowReadings(JooqWindowQuery query) {
        this.query = query;
    }

    /**
     * The models' figures over [from, to), widened to whole minutes. Models without any rollup in the window
     * are left out (no data at all).
     *
     * @param scores whether to read evaluation scores (parsed JSON: only when a rule needs them)
     */
    @Transactional(readOnly = true)
    public Map<ModelId, WindowReading> read(Collection<ModelId> models, Instant from, Instant to,
                                            Set<TelemetryMetric> metrics, boolean scores) {
        if (models.isEmpty()) {
            return Map.of();
        }
        Set<Distribution> distributions = EnumSet.noneOf(Distribution.class);
        metrics.forEach(metric -> distributions.addAll(metric.distributions()));
        boolean gauges = metrics.stream().anyMatch(TelemetryMetric::readsGauges);
        Map<ModelId, Aggregate> merged = query.merged(models, RollupPlan.cover(from, to), distributions,
                new Details(false, gauges, scores));
        Duration span = Duration.between(from, to);
        Map<ModelId, WindowReading> readings = new HashMap<>();
        merged.forEach((model, aggregate) -> readings.put(model, reading(aggregate, metrics, span)));
        return readings;
    }

    private static WindowReading reading(Aggregate aggregate, Set<TelemetryMetric> metrics, Duration span) {
        Map<TelemetryMetric, Double> values = new EnumMap<>(TelemetryMetric.class);
        for (TelemetryMetric metric : metrics) {
            Double value = metric.valueOf(aggregate, span);
            if (value != null) {
                values.put(metric, value);
            }
        }
        Map<String, Double> scores = new HashMap<>();
        aggregate.scores().forEach((name, stats) -> {
            if (stats.count() > 0) {
                scores.put(name, stats.average());
            }
        });
        int probes = aggregate.probesUp() + aggregate.probesStarting() + aggregate.probesDown();
        return new WindowReading(aggregate.requests(), values, scores, probes, aggregate.probesStarting() + aggregate.probesDown());
    }
}
