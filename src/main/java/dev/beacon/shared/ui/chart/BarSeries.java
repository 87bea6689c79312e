package dev.beacon.shared.ui.chart;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * Bars over time, e.g. requests or errors per minute. Large series switch to ECharts' large mode
 * (drawn as one shape, much faster) above {@code largeThreshold} bars.
 */
public record BarSeries(String id, String name, List<TimePoint> data, Integer yAxisIndex, String stack, Boolean large,
                        Integer largeThreshold, Integer barMaxWidth, ItemStyle itemStyle, Tooltip tooltip,
                        MarkLine markLine, MarkArea markArea) implements Series {

    public BarSeries {
        SeriesChecks.requireId(id);
        data = List.copyOf(data);
    }

    public static BarSeries of(String id, String name, List<TimePoint> data) {
        return new BarSeries(id, name, data, null, null, true, 600, 24, null, null, null, null);
    }

    @Override
    @JsonProperty("type")
    public String type() {
        return "bar";
    }

    @Override
    public BarSeries withData(List<? extends ChartPoint> points) {
        return new BarSeries(id, name, SeriesChecks.only(TimePoint.class, id, points), yAxisIndex, stack, large, largeThreshold,
                barMaxWidth, itemStyle, tooltip, markLine, markArea);
    }

    /** Stacked on the other bars of the same stack, e.g. errors by type. */
    public BarSeries stacked(String stackName) {
        return new BarSeries(id, name, data, yAxisIndex, stackName, large, largeThreshold, barMaxWidth, itemStyle, tooltip,
                markLine, markArea);
    }

    public BarSeries onAxis(int index) {
        return new BarSeries(id, name, data, index, stack, large, largeThreshold, barMaxWidth, itemStyle, tooltip,
                markLine, markArea);
    }

    public BarSeries unit(ValueFormat format) {
        return new BarSeries(id, name, data, yAxisIndex, stack, large, largeThreshold, barMaxWidth, itemStyle,
                new Tooltip(format), markLine, markArea);
    }

    public BarSeries color(ChartColor color) {
        return new BarSeries(id, name, data, yAxisIndex, stack, large, largeThreshold, barMaxWidth,
                new ItemStyle(color.fill()), tooltip, markLine, markArea);
    }

    public BarSeries markLine(MarkLine lines) {
        return new BarSeries(id, name, data, yAxisIndex, stack, large, largeThreshold, barMaxWidth, itemStyle, tooltip,
                lines, markArea);
    }

    public BarSeries markArea(MarkArea bands) {
        return new BarSeries(id, name, data, yAxisIndex, stack, large, largeThreshold, barMaxWidth, itemStyle, tooltip,
                markLine, bands);
    }
}
