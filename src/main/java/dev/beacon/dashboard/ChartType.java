package dev.beacon.dashboard;

import java.util.Optional;

/** How a panel draws its data. */
public enum ChartType {
    LINE("line", "Line", 6, 3),
    AREA("area", "Area", 6, 3),
    BAR("bar", "Bar", 6, 3),
    /** The distribution of a latency per time bucket: how many requests fell into each latency range. */
    HEATMAP("heatmap", "Heat map", 12, 3),
    /** The figure over the whole range, large, with a sparkline of the range under it. */
    STAT("stat", "Single stat", 3, 2),
    GAUGE("gauge", "Gauge", 3, 2);

    private final String apiName;
    private final String label;
    private final int defaultWidth;
    private final int defaultHeight;

    ChartType(String apiName, String label, int defaultWidth, int defaultHeight) {
        this.apiName = apiName;
        this.label = label;
        this.defaultWidth = defaultWidth;
        this.defaultHeight = defaultHeight;
    }

    /** The name in the JSON format and the REST API, e.g. "heatmap". */
    public String apiName() {
        return apiName;
    }

    public String label() {
        return label;
    }

    /** Columns (of {@value PanelData#GRID_COLUMNS}) a new panel of this kind takes. */
    public int defaultWidth() {
        return defaultWidth;
    }

    /** Grid rows a new panel of this kind takes. */
    public int defaultHeight() {
        return defaultHeight;
    }

    /** Draws a time series (line, area, bar); the others draw a figure or a distribution. */
    public boolean isTimeSeries() {
        return this == LINE || this == AREA || this == BAR;
    }

    public static Optional<ChartType> ofApiName(String name) {
        for (ChartType type : values()) {
            if (type.apiName.equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
