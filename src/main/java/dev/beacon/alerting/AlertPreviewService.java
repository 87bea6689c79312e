package dev.beacon.alerting;

import dev.beacon.shared.ModelId;
import dev.beacon.telemetry.ScoreQuery;
import dev.beacon.telemetry.ScoreStatistic;
import dev.beacon.telemetry.SeriesPoint;
import dev.beacon.telemetry.TelemetryQueryService;
import dev.beacon.telemetry.TelemetrySeries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The live preview of the rule form: the metric's last 24 hours in 5-minute points, read through the telemetry
 * module's own (rights-checking) series reads, and how often the rule would have fired. VIEWERs of the model's team
 * may read it.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class AlertPreviewService {

    static final Duration SPAN = Duration.ofDays(1);
    static final Duration STEP = Duration.ofMinutes(5);

    private final TelemetryQueryService telemetry;
    private final ScoreQuery scores;
    private final Clock clock;

    AlertPreviewService(TelemetryQueryService telemetry, ScoreQuery scores, Clock clock) {
        this.telemetry = telemetry;
        this.scores = scores;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public RulePreview preview(ModelId model, RuleData rule) {
        Instant to = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        Instant from = to.minus(SPAN);
        TelemetrySeries series;
        if (rule.metric() == AlertMetric.EVAL_SCORE) {
            if (rule.scoreName() == null || rule.scoreName().isBlank()) {
                return RulePreview.unavailable();
            }
            series = scores.series(model, rule.scoreName().strip(), ScoreStatistic.AVERAGE, from, to, Optional.of(STEP));
        } else if (rule.metric().telemetry().isPresent()) {
            series = telemetry.series(model, rule.metric().telemetry().get(), from, to, Optional.of(STEP));
        } else {
            return RulePreview.unavailable();
        }
        double scale = rule.metric().scale();
        List<SeriesPoint> points = series.points().stream()
                .map(point -> new SeriesPoint(point.time(), point.value() == null ? null : point.value() * scale))
                .toList();
        boolean thresholds = rule.warningThreshold() != null || rule.criticalThreshold() != null;
        return new RulePreview(true, points, series.step(), thresholds && rule.comparator() != null && rule.pendingSeconds() != null
                ? RulePreview.firings(points, series.step(), rule) : 0);
    }
}
