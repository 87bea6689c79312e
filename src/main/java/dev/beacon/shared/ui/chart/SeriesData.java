package dev.beacon.shared.ui.chart;

import java.util.List;
import java.util.Objects;

/** New data for one series, for a data-only refresh of a chart. */
public record SeriesData(String id, List<? extends ChartPoint> data) {

    public SeriesData {
        Objects.requireNonNull(id, "id");
        data = List.copyOf(data);
    }
}
