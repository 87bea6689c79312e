package dev.beacon.shared.ui.chart;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * A line over time, or an area (a line filled down to the axis). Points are hidden until the pointer
 * is near (dense time series read better without them); long series are thinned for drawing with LTTB,
 * which keeps peaks and dips while dropping points that would share a pixel.
 */
public record LineSeries(String id, String name, List<TimePoint> data, Integer yAxisIndex, Boolean showSymbol,
                         String sampling, String stack, AreaStyle areaStyle, ItemStyle itemStyle,
                         LineStyle lineStyle, Tooltip tooltip, MarkLine markLine, MarkArea markArea) implements Series {

    public LineSeries {
        SeriesChecks.requireId(id);
        data = List.copyOf(data);
    }

    public static LineSeries of(String id, String name, List<TimePoint> data) {
        return new LineSeries(id, name, data, null, false, "lttb", null, null, null, null, null, null, null);
    }

    @Override
    @JsonProperty("type")
    public String type() {
        return "line";
    }

    @Override
    public LineSeries withData(List<? extends ChartPoint> points) {
        return new LineSeries(id, name, SeriesChecks.only(TimePoint.class, id, points), yAxisIndex, showSymbol, sampling,
                stack, areaStyle, itemStyle, lineStyle, tooltip, markLine, markArea);
    }

    /** Filled down to the axis: an area chart. */
    public LineSeries area() {
        return new LineSeries(id, name, data, yAxisIndex, showSymbol, sampling, stack, new AreaStyle(0.25),
                itemStyle, lineStyle, tooltip, markLine, markArea);
    }

    /** Stacked on the other series of the same stack, e.g. input and output tokens. */
    public LineSeries stacked(String stackName) {
        return new LineSeries(id, name, data, yAxisIndex, showSymbol, sampling, stackName, areaStyle, itemStyle,
                lineStyle, tooltip, markLine, markArea);
    }

    /** Every point drawn as a dot (for sparse data, where each point matters). */
    public LineSeries withSymbols() {
        return new LineSeries(id, name, data, yAxisIndex, true, sampling, stack, areaStyle, itemStyle, lineStyle,
                tooltip, markLine, markArea);
    }

    /** Measured against the y axis of this index (0 is the left one). */
    public LineSeries onAxis(int index) {
        return new LineSeries(id, name, data, index, showSymbol, sampling, stack, areaStyle, itemStyle, lineStyle,
                tooltip, markLine, markArea);
    }

    /** Its values in the tooltip with this unit and precision. */
    public LineSeries unit(ValueFormat format) {
        return new LineSeries(id, name, data, yAxisIndex, showSymbol, sampling, stack, areaStyle, itemStyle,
                lineStyle, new Tooltip(format), markLine, markArea);
    }

    /** A colour with a meaning (instead of the palette's next colour), e.g. errors in the error colour. */
    public LineSeries color(ChartColor color) {
        return new LineSeries(id, name, data, yAxisIndex, showSymbol, sampling, stack, areaStyle,
                new ItemStyle(color.line()), new LineStyle(color.line(), null, null), tooltip, markLine, markArea);
    }

    /** Drawn dashed, e.g. the compared model or the previous version's window. */
    public LineSeries dashed() {
        String color = lineStyle == null ? null : lineStyle.color();
        return new LineSeries(id, name, data, yAxisIndex, showSymbol, sampling, stack, areaStyle, itemStyle,
                new LineStyle(color, null, "dashed"), tooltip, markLine, markArea);
    }

    public LineSeries markLine(MarkLine lines) {
        return new LineSeries(id, name, data, yAxisIndex, showSymbol, sampling, stack, areaStyle, itemStyle,
                lineStyle, tooltip, lines, markArea);
    }

    public LineSeries markArea(MarkArea bands) {
        return new LineSeries(id, name, data, yAxisIndex, showSymbol, sampling, stack, areaStyle, itemStyle,
                lineStyle, tooltip, markLine, bands);
    }
}
