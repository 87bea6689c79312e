package dev.beacon.maintenance;

import dev.beacon.shared.ModelId;
import dev.beacon.telemetry.TelemetryMetric;
import dev.beacon.telemetry.WindowReading;
import dev.beacon.telemetry.WindowReadings;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a model's before/after figures from the telemetry rollups (never the raw rows): one read per window.
 * It checks no one's rights; {@link BeforeAfterService} does before calling it. Evaluation scores count as better
 * when higher, as the scores Beacon receives are (accuracy, faithfulness, helpfulness…).
 */
@Component
class BeforeAfterReader {

    private record Spec(String label, String unit, TelemetryMetric metric, boolean lowerIsBetter) {
    }

    private static final List<Spec> SPECS = List.of(
            new Spec("Latency p50", "ms", TelemetryMetric.LATENCY_P50_MS, true),
            new Spec("Latency p95", "ms", TelemetryMetric.LATENCY_P95_MS, true),
            new Spec("Time to first token p95", "ms", TelemetryMetric.TIME_TO_FIRST_TOKEN_P95_MS, true),
            new Spec("Tokens/s (median request)", "tokens/s", TelemetryMetric.GENERATION_SPEED_P50, false),
            new Spec("Error rate", "%", TelemetryMetric.ERROR_RATE, true));
    private static final Set<TelemetryMetric> METRICS = EnumSet.of(TelemetryMetric.LATENCY_P50_MS, TelemetryMetric.LATENCY_P95_MS,
            TelemetryMetric.TIME_TO_FIRST_TOKEN_P95_MS, TelemetryMetric.GENERATION_SPEED_P50, TelemetryMetric.ERROR_RATE);

    private final WindowReadings readings;

    BeforeAfterReader(WindowReadings readings) {
        this.readings = readings;
    }

    BeforeAfter read(ModelId model, Instant change, Instant now) {
        Duration window = BeforeAfter.windowFor(change, now);
        if (window == null) {
            return new BeforeAfter(change, Duration.between(change, now), false, List.of());
        }
        WindowReading before = readings.read(Set.of(model), change.minus(window), change, METRICS, true).get(model);
        WindowReading after = readings.read(Set.of(model), change, change.plus(window), METRICS, true).get(model);
        if (after == null || after.requests() == 0 && after.scoreAverages().isEmpty()) {
            return new BeforeAfter(change, window, false, List.of());
        }
        List<BeforeAfterFigure> figures = new ArrayList<>();
        for (Spec spec : SPECS) {
            double scale = spec.unit().equals("%") ? 100 : 1;
            figures.add(new BeforeAfterFigure(spec.label(), spec.unit(), scaled(before, spec.metric(), scale),
                    scaled(after, spec.metric(), scale), spec.lowerIsBetter()));
        }
        Set<String> scores = new TreeSet<>(after.scoreAverages().keySet());
        if (before != null) {
            scores.addAll(before.scoreAverages().keySet());
        }
        for (String score : scores) {
            figures.add(new BeforeAfterFigure("Score " + score, "", score(before, score), score(after, score), false));
        }
        return new BeforeAfter(change, window, true, figures);
    }

    private static Double scaled(WindowReading reading, TelemetryMetric metric, double scale) {
        Double value = reading == null ? null : reading.value(metric);
        return value == null ? null : value * scale;
    }

    private static Double score(WindowReading reading, String name) {
        Map<String, Double> scores = reading == null ? Map.of() : reading.scoreAverages();
        return scores.get(name);
    }
}
