package dev.beacon.shared.ui.chart;

/**
 * Zooming into the x axis (the time axis). {@code inside}: Ctrl + wheel (or pinch) on the plot; a plain
 * wheel still scrolls the page, which matters on dashboards full of charts. {@code slider}: a strip
 * under the plot whose handles choose the shown range. Dragging across the plot to select a range is
 * {@link Toolbox#dragToZoom()}. {@code filterMode: none} keeps lines drawn up to the window's edges.
 */
public record DataZoom(String type, int xAxisIndex, String filterMode, Integer bottom, Integer height,
                       String zoomOnMouseWheel, Boolean moveOnMouseMove, Boolean moveOnMouseWheel) {

    static final int SLIDER_HEIGHT = 20;

    public static DataZoom inside() {
        return new DataZoom("inside", 0, "none", null, null, "ctrl", false, false);
    }

    public static DataZoom slider() {
        return new DataZoom("slider", 0, "none", 8, SLIDER_HEIGHT, null, null, null);
    }

    boolean isSlider() {
        return "slider".equals(type);
    }

    /** The same zoom this many pixels above the chart's bottom edge (to make room for the legend). */
    DataZoom atBottom(int pixels) {
        return new DataZoom(type, xAxisIndex, filterMode, pixels, height, zoomOnMouseWheel, moveOnMouseMove,
                moveOnMouseWheel);
    }
}
