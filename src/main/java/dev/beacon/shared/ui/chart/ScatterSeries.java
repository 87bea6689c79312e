package dev.beacon.shared.ui.chart;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * Single measurements over time as dots, e.g. each request's latency or each eval score. Large series
 * switch to ECharts' large mode above {@code largeThreshold} dots.
 */
public record ScatterSeries(String id, String name, List<TimePoint> data, Integer yAxisIndex, Integer symbolSize,
                            Boolean large, Integer largeThreshold, ItemStyle itemStyle, Tooltip tooltip,
                            MarkLine markLine, MarkArea markArea) implements Series {

    public ScatterSeries {
        SeriesChecks.requireId(id);
        data = List.copyOf(data);
    }

    public static ScatterSeries of(String id, String name, List<TimePoint> data) {
        return new ScatterSeries(id, name, data, null, 6, true, 2000, null, null, null, null);
    }

    @Override
    @JsonProperty("type")
    public String type() {
        return "scatter";
    }

    @Override
    public ScatterSeries withData(List<? extends ChartPoint> points) {
        return new ScatterSeries(id, name, SeriesChecks.only(TimePoint.class, id, points), yAxisIndex, symbolSize, large,
                largeThreshold, itemStyle, tooltip, markLine, markArea);
    }

    public ScatterSeries onAxis(int index) {
        return new ScatterSeries(id, name, data, index, symbolSize, large, largeThreshold, itemStyle, tooltip, markLine,
                markArea);
    }

    public ScatterSeries unit(ValueFormat format) {
        return new ScatterSeries(id, name, data, yAxisIndex, symbolSize, large, largeThreshold, itemStyle,
                new Tooltip(format), markLine, markArea);
    }

    public ScatterSeries color(ChartColor color) {
        return new ScatterSeries(id, name, data, yAxisIndex, symbolSize, large, largeThreshold,
                new ItemStyle(color.fill()), tooltip, markLine, markArea);
    }

    public ScatterSeries markLine(MarkLine lines) {
        return new ScatterSeries(id, name, data, yAxisIndex, symbolSize, large, largeThreshold, itemStyle, tooltip, lines,
                markArea);
    }

    public ScatterSeries markArea(MarkArea bands) {
        return new ScatterSeries(id, name, data, yAxisIndex, symbolSize, large, largeThreshold, itemStyle, tooltip,
                markLine, bands);
    }
}
