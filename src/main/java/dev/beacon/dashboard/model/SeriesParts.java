package dev.beacon.dashboard.model;

import dev.beacon.dashboard.ComparedSeries;
import dev.beacon.registry.ModelVersionChange;
import dev.beacon.shared.ui.chart.ChartColor;
import dev.beacon.shared.ui.chart.LineSeries;
import dev.beacon.shared.ui.chart.MarkLine;
import dev.beacon.shared.ui.chart.TimePoint;
import dev.beacon.shared.ui.chart.ValueFormat;
import dev.beacon.telemetry.ModelSeries;
import dev.beacon.telemetry.TelemetryMetric;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The pieces the panels are built of: a model's values as chart points (scaled, e.g. ratios as per
 * cent, and shifted in time for a compared window), legend names that say which series is which when
 * something is compared, and the version changes as vertical markers.
 */
final class SeriesParts {

    /** A line is sparse when at most one in this many of its points has a value. */
    private static final int SPARSE = 4;

    private final ModelSeries own;
    private final ComparedSeries compared;
    private final List<ModelVersionChange> versions;

    /** @param compared null when nothing is compared */
    SeriesParts(ModelSeries own, ComparedSeries compared, List<ModelVersionChange> versions) {
        this.own = own;
        this.compared = compared;
        this.versions = versions;
    }

    ModelSeries own() {
        return own;
    }

    boolean comparing() {
        return compared != null;
    }

    List<TimePoint> points(List<Double> values, double scale) {
        return points(own, values, scale, Duration.ZERO);
    }

    List<TimePoint> points(TelemetryMetric metric, double scale) {
        return points(own.values(metric), scale);
    }

    /** A line of the model's own metric. */
    LineSeries line(String id, String name, TelemetryMetric metric, ValueFormat format, double scale) {
        return line(id, name(name), points(metric, scale)).unit(format);
    }

    /** The compared series' metric as a dashed line laid over the window shown, its id {@code compare-<id>}. */
    LineSeries comparedLine(String id, String name, TelemetryMetric metric, ValueFormat format) {
        List<TimePoint> points = points(compared.series(), compared.series().values(metric), 1, compared.shift());
        return line("compare-" + id, name + " · " + compared.label(), points).unit(format).dashed();
    }

    /**
     * A line through the points; where values are few among gaps (at most one point in four has one, e.g. a
     * request an hour on the 24-hour dashboard), each value is drawn as a dot too, since a value with gaps
     * on both sides draws no line at all.
     */
    static LineSeries line(String id, String name, List<TimePoint> points) {
        LineSeries line = LineSeries.of(id, name, points);
        long values = points.stream().filter(point -> point.value() != null).count();
        return values * SPARSE <= points.size() ? line.withSymbols() : line;
    }

    /** The legend name of the model's own series: with "· <model or window>" while something is compared. */
    String name(String name) {
        return compared == null ? name : name + " · " + compared.baseLabel();
    }

    /** A line under the title saying how the compared series were moved in time, if they were. */
    String shiftNote() {
        if (compared == null || compared.shift().isZero()) {
            return null;
        }
        Duration shift = compared.shift();
        return "dashed: " + compared.label() + ", moved " + Durations.describe(shift.abs())
                + (shift.isNegative() ? " earlier" : " later");
    }

    /** A vertical line with its label at every version change within the window, or null when none is. */
    MarkLine versionMarkers(MarkLine.Item... more) {
        List<MarkLine.Item> items = new ArrayList<>(List.of(more));
        Instant start = own.times().isEmpty() ? own.from() : own.times().getFirst();
        for (ModelVersionChange change : versions) {
            if (!change.changedAt().isBefore(start) && !change.changedAt().isAfter(own.to())) {
                items.add(MarkLine.at(change.changedAt(), change.versionLabel(), ChartColor.PRIMARY));
            }
        }
        return items.isEmpty() ? null : MarkLine.of(items);
    }

    private static List<TimePoint> points(ModelSeries series, List<Double> values, double scale, Duration shift) {
        List<TimePoint> points = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            Double value = values.get(i);
            points.add(new TimePoint(series.times().get(i).plus(shift), value == null ? null : value * scale));
        }
        return points;
    }
}
