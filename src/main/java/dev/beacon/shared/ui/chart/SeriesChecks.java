package dev.beacon.shared.ui.chart;

import java.util.List;

/** The checks every series makes of its id and data. */
final class SeriesChecks {

    private SeriesChecks() {
    }

    static void requireId(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A series needs an id: refreshes find it by its id");
        }
    }

    static <P extends ChartPoint> List<P> only(Class<P> kind, String seriesId, List<? extends ChartPoint> data) {
        for (ChartPoint point : data) {
            if (!kind.isInstance(point)) {
                throw new IllegalArgumentException("Series " + seriesId + " takes " + kind.getSimpleName()
                        + " data, not " + point.getClass().getSimpleName());
            }
        }
        return data.stream().map(kind::cast).toList();
    }
}
