package dev.beacon.shared.ui.chart;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * A grid of coloured cells over two category axes, e.g. how many requests (colour) fell into each
 * latency bucket (y) in each time bucket (x). The chart's {@link VisualMap} maps values to colours.
 */
public record HeatmapSeries(String id, String name, List<HeatCell> data, Tooltip tooltip) implements Series {

    public HeatmapSeries {
        SeriesChecks.requireId(id);
        data = List.copyOf(data);
    }

    public static HeatmapSeries of(String id, String name, List<HeatCell> data) {
        return new HeatmapSeries(id, name, data, null);
    }

    @Override
    @JsonProperty("type")
    public String type() {
        return "heatmap";
    }

    @Override
    public HeatmapSeries withData(List<? extends ChartPoint> points) {
        return new HeatmapSeries(id, name, SeriesChecks.only(HeatCell.class, id, points), tooltip);
    }

    public HeatmapSeries unit(ValueFormat format) {
        return new HeatmapSeries(id, name, data, new Tooltip(format));
    }
}
