package dev.beacon.shared.ui.chart;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The checks of series: their ids, their data, and whether they fit the chart they are in. */
final class SeriesChecks {

    private SeriesChecks() {
    }

    static void requireId(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A series needs an id: refreshes find it by its id");
        }
    }

    static <P extends ChartPoint> List<P> only(Class<P> kind, String seriesId, List<? extends ChartPoint> data) {
        for (ChartPoint point : data) {
            if (!kind.isInstance(point)) {
                throw new IllegalArgumentException("Series " + seriesId + " takes " + kind.getSimpleName()
                        + " data, not " + point.getClass().getSimpleName());
            }
        }
        return data.stream().map(kind::cast).toList();
    }

    /** Unique ids, axes for every series drawn on axes, the y axis each one names, colours for heat maps. */
    static void fitTogether(List<Series> series, int xAxes, int yAxes, boolean hasVisualMap) {
        Set<String> ids = new HashSet<>();
        for (Series s : series) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("Two series have the id " + s.id() + "; refreshes could not tell them apart");
            }
            if (!(s instanceof GaugeSeries) && (xAxes == 0 || yAxes == 0)) {
                throw new IllegalArgumentException("Series " + s.id() + " needs an x and a y axis");
            }
            Integer axis = switch (s) {
                case LineSeries line -> line.yAxisIndex();
                case BarSeries bar -> bar.yAxisIndex();
                case ScatterSeries scatter -> scatter.yAxisIndex();
                case HeatmapSeries heatmap -> null;
                case GaugeSeries gauge -> null;
            };
            if (axis != null && (axis < 0 || axis >= yAxes)) {
                throw new IllegalArgumentException("Series " + s.id() + " uses y axis " + axis + " of " + yAxes);
            }
            if (s instanceof HeatmapSeries && !hasVisualMap) {
                throw new IllegalArgumentException("Heat map " + s.id() + " needs a visual map for its colours");
            }
        }
    }
}
