package dev.beacon.dashboard;

import dev.beacon.shared.NotFoundException;
import dev.beacon.telemetry.DistributionQuery;
import dev.beacon.telemetry.PointBudget;
import dev.beacon.telemetry.RangeValueQuery;
import dev.beacon.telemetry.ScoreQuery;
import dev.beacon.telemetry.ScoreStatistic;
import dev.beacon.telemetry.SeriesPoint;
import dev.beacon.telemetry.TelemetryMetric;
import dev.beacon.telemetry.TelemetryQueryService;
import dev.beacon.telemetry.TelemetrySeries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the data of a panel for a time range through telemetry's query services, which check again, per
 * model, that the user may see it (a model whose access ended since the dashboard was opened is left
 * out). Series get about one point per two pixels of the panel's width, so the browser never gets more
 * points than it can draw.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PanelDataService {

    /** Pixels per grid column of a wide screen, halved: points a panel can show per column. */
    static final int POINTS_PER_COLUMN = 60;
    static final int SPARKLINE_POINTS = 60;
    static final int HEATMAP_COLUMNS = 90;

    private final TelemetryQueryService telemetry;
    private final RangeValueQuery rangeValues;
    private final ScoreQuery scores;
    private final DistributionQuery distributions;

    PanelDataService(TelemetryQueryService telemetry, RangeValueQuery rangeValues, ScoreQuery scores,
                     DistributionQuery distributions) {
        this.telemetry = telemetry;
        this.rangeValues = rangeValues;
        this.scores = scores;
        this.distributions = distributions;
    }

    /**
     * Not one transaction on purpose: each model's read is its own, so a model the user may no longer see
     * (its read refused) leaves out that model and spoils nothing else.
     */
    public PanelReading read(Panel panel, Instant from, Instant to) {
        return switch (panel.chart()) {
            case LINE, AREA, BAR -> series(panel, from, to, PointBudget.stepFor(from, to, panel.width() * POINTS_PER_COLUMN));
            case STAT, GAUGE -> figures(panel, from, to);
            case HEATMAP -> new PanelReading.Distribution(distributions.overTime(
                    panel.models().stream().map(ModelRef::id).toList(),
                    panel.metric().distributionMetric().orElseThrow(), from, to, HEATMAP_COLUMNS));
        };
    }

    /** The names of the evaluation scores the models received in the range, for the panel editor. */
    public List<String> scoreNames(List<ModelRef> models, Instant from, Instant to) {
        return models.stream().flatMap(model -> scores.names(model.id(), from, to).stream()).distinct().sorted().toList();
    }

    private PanelReading.Series series(Panel panel, Instant from, Instant to, Duration step) {
        List<PanelReading.ModelSeries> series = new ArrayList<>();
        boolean bucketed = false;
        for (ModelRef model : panel.models()) {
            Optional<TelemetrySeries> read = seriesOf(panel, model, from, to, step);
            if (read.isPresent()) {
                series.add(new PanelReading.ModelSeries(model, read.get().points()));
                bucketed |= read.get().bucketed();
            }
        }
        return new PanelReading.Series(panel.metric().unit(panel.aggregation()), step, bucketed, series);
    }

    private PanelReading.Figures figures(Panel panel, Instant from, Instant to) {
        Duration step = PointBudget.stepFor(from, to, SPARKLINE_POINTS);
        List<PanelReading.ModelFigure> figures = new ArrayList<>();
        boolean bucketed = false;
        for (ModelRef model : panel.models()) {
            Optional<TelemetrySeries> sparkline = seriesOf(panel, model, from, to, step);
            if (sparkline.isPresent()) {
                figures.add(new PanelReading.ModelFigure(model, figure(panel, model, from, to), sparkline.get().points()));
                bucketed |= sparkline.get().bucketed();
            }
        }
        return new PanelReading.Figures(panel.metric().unit(panel.aggregation()), bucketed, figures);
    }

    /** The model's series, empty when the model is no longer there for the user. */
    private Optional<TelemetrySeries> seriesOf(Panel panel, ModelRef model, Instant from, Instant to, Duration step) {
        try {
            TelemetrySeries series = panel.metric() == PanelMetric.SCORE
                    ? scores.series(model.id(), panel.scoreName(), statistic(panel.aggregation()), from, to, Optional.of(step))
                    : telemetry.series(model.id(), metric(panel), from, to, Optional.of(step));
            return Optional.of(panel.aggregation() == Aggregation.SUM ? totals(series, step) : series);
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
    }

    private Double figure(Panel panel, ModelRef model, Instant from, Instant to) {
        if (panel.metric() == PanelMetric.SCORE) {
            return scores.value(model.id(), panel.scoreName(), statistic(panel.aggregation()), from, to);
        }
        Double value = rangeValues.value(model.id(), metric(panel), from, to);
        if (value == null || panel.aggregation() != Aggregation.SUM) {
            return value;
        }
        return value * minutes(Duration.between(from, to));
    }

    private static TelemetryMetric metric(Panel panel) {
        return panel.metric().telemetryMetric(panel.aggregation()).orElseThrow(() ->
                new IllegalStateException(panel.metric() + " has no " + panel.aggregation()));
    }

    /** A total per point is the per-minute rate times the point's minutes. */
    private static TelemetrySeries totals(TelemetrySeries series, Duration step) {
        double minutes = minutes(step);
        List<SeriesPoint> points = series.points().stream()
                .map(p -> new SeriesPoint(p.time(), p.value() == null ? null : p.value() * minutes)).toList();
        return new TelemetrySeries(series.metric(), series.unit(), series.from(), series.to(), series.step(), series.bucketed(), points);
    }

    private static double minutes(Duration duration) {
        return duration.toSeconds() / 60.0;
    }

    private static ScoreStatistic statistic(Aggregation aggregation) {
        return switch (aggregation) {
            case MIN -> ScoreStatistic.MIN;
            case MAX -> ScoreStatistic.MAX;
            default -> ScoreStatistic.AVERAGE;
        };
    }
}
