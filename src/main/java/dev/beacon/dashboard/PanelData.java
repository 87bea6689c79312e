package dev.beacon.dashboard;

import dev.beacon.shared.ModelId;

import java.util.List;

/**
 * A panel as an editor sets it up: what it shows (metric, aggregation, models), how (chart) and where
 * (its place in the list is its order; width in grid columns, height in grid rows).
 *
 * @param id        the panel being changed, or null for a new panel
 * @param title     shown above the panel; blank for one made from the metric, e.g. "Latency p95"
 * @param scoreName the evaluation score shown, for the metric {@link PanelMetric#SCORE} only
 * @param models    the models whose series the panel draws, in this order
 */
public record PanelData(PanelId id, String title, PanelMetric metric, String scoreName, Aggregation aggregation,
                        ChartType chart, int width, int height, List<ModelId> models) {

    public static final int GRID_COLUMNS = 12;
    public static final int MAX_HEIGHT = 6;
    public static final int MAX_TITLE = 100;
    public static final int MAX_MODELS = 10;

    public PanelData {
        title = title == null ? "" : title.strip();
        scoreName = scoreName == null || scoreName.isBlank() ? null : scoreName.strip();
        // nulls are kept, so the checks can name them instead of failing here
        models = models == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(models));
    }

    /** A new panel of the chart's usual size. */
    public static PanelData of(String title, PanelMetric metric, Aggregation aggregation, ChartType chart, List<ModelId> models) {
        return new PanelData(null, title, metric, null, aggregation, chart, chart.defaultWidth(), chart.defaultHeight(), models);
    }

    public PanelData withSize(int newWidth, int newHeight) {
        return new PanelData(id, title, metric, scoreName, aggregation, chart, newWidth, newHeight, models);
    }

    public PanelData withId(PanelId newId) {
        return new PanelData(newId, title, metric, scoreName, aggregation, chart, width, height, models);
    }

    public PanelData withModels(List<ModelId> newModels) {
        return new PanelData(id, title, metric, scoreName, aggregation, chart, width, height, newModels);
    }

    public PanelData withScoreName(String name) {
        return new PanelData(id, title, metric, name, aggregation, chart, width, height, models);
    }
}
