package dev.beacon.dashboard;

import dev.beacon.telemetry.DistributionOverTime;
import dev.beacon.telemetry.SeriesPoint;

import java.time.Duration;
import java.util.List;

/**
 * What a panel shows for a time range, read for the current user: one kind per family of charts. Only
 * the models the user may see are in it.
 */
public sealed interface PanelReading {

    /** Lines, areas and bars: one series per model. {@code unit} as in {@link PanelMetric#unit}. */
    record Series(String unit, Duration step, boolean bucketed, List<ModelSeries> series) implements PanelReading {
    }

    /** Single stats and gauges: the figure over the whole range per model, with a sparkline. */
    record Figures(String unit, boolean bucketed, List<ModelFigure> figures) implements PanelReading {
    }

    /** Heat maps: the distribution of all the panel's models together. */
    record Distribution(DistributionOverTime distribution) implements PanelReading {
    }

    record ModelSeries(ModelRef model, List<SeriesPoint> points) {
    }

    /** @param value null when the range holds no data for the model */
    record ModelFigure(ModelRef model, Double value, List<SeriesPoint> sparkline) {
    }
}
