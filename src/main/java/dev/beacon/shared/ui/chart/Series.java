package dev.beacon.shared.ui.chart;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * One series of a chart, identified by its id: data-only refreshes address it by that id
 * ({@link dev.beacon.shared.ui.EChart#setSeriesData}). The name is what the legend and tooltip show.
 */
public sealed interface Series permits LineSeries, BarSeries, ScatterSeries, HeatmapSeries, GaugeSeries {

    String id();

    String name();

    /** ECharts' series type: line (also areas), bar, scatter, heatmap, gauge. */
    @JsonProperty("type")
    String type();

    List<? extends ChartPoint> data();

    /** This series with other data; refuses points of a kind this series cannot draw. */
    Series withData(List<? extends ChartPoint> data);

    /** The tooltip of this series' values, e.g. with their unit. */
    record Tooltip(Format valueFormatter) {
    }

    record ItemStyle(String color) {
    }

    record LineStyle(String color, Integer width, String type) {
    }

    /** Fills the space under a line; the colour is the line's, faded. */
    record AreaStyle(Double opacity) {
    }
}
