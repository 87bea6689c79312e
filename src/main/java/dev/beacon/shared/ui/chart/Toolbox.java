package dev.beacon.shared.ui.chart;

import java.util.Map;

/**
 * ECharts' toolbox, reduced to zoom by selection: {@code <beacon-chart>} switches selecting on for good,
 * so dragging across the plot selects a time range and zooms to it (as in Grafana), and the toolbox's
 * one visible icon, top right, steps back to the previous zoom. The selection toggle itself is an
 * empty shape: nothing to see, nothing to click. The y axes keep fitting the data.
 */
public record Toolbox(boolean show, int top, int right, int itemSize, Features feature) {

    public record Features(ZoomSelect dataZoom) {
    }

    public record ZoomSelect(String yAxisIndex, Map<String, String> icon, Map<String, String> title,
                             BrushStyle brushStyle) {
    }

    public record BrushStyle(String color, String borderColor, int borderWidth) {
    }

    private static final String NO_SHAPE = "path://M0,0";

    public static Toolbox dragToZoom() {
        return new Toolbox(true, 6, 10, 14, new Features(new ZoomSelect("none",
                Map.of("zoom", NO_SHAPE),
                Map.of("zoom", "", "back", "Undo zoom"),
                new BrushStyle(ChartColor.PRIMARY.band(), ChartColor.PRIMARY.line(), 1))));
    }
}
