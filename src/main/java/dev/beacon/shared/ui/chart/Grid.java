package dev.beacon.shared.ui.chart;

/**
 * The plot area's distance in pixels from the chart's edges; axis labels are kept inside it
 * (ECharts 6's default outer bounds), so these are the margins around the labels.
 */
public record Grid(int left, int right, int top, int bottom) {

    public Grid {
        if (left < 0 || right < 0 || top < 0 || bottom < 0) {
            throw new IllegalArgumentException("Grid margins cannot be negative");
        }
    }
}
