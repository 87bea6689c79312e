package dev.beacon.dashboard;

import java.util.List;

/**
 * A panel as one reader sees it: only the models this reader may see; the others are counted in
 * {@code hiddenModels}, never named, and the panel shows "no access" for them.
 */
public record Panel(PanelId id, String title, PanelMetric metric, String scoreName, Aggregation aggregation,
                    ChartType chart, int width, int height, List<ModelRef> models, int hiddenModels) {

    public Panel {
        models = List.copyOf(models);
    }

    /** The title, or one made from what the panel shows, e.g. "Latency p95" or "Score faithfulness (average)". */
    public String displayTitle() {
        if (!title.isBlank()) {
            return title;
        }
        if (metric == PanelMetric.SCORE) {
            return "Score " + scoreName + " (" + aggregation.label().toLowerCase() + ")";
        }
        return metric.label() + (metric.aggregations().size() > 1 ? " " + aggregation.label().toLowerCase() : "");
    }

    public Panel withSize(int newWidth, int newHeight) {
        return new Panel(id, title, metric, scoreName, aggregation, chart, newWidth, newHeight, models, hiddenModels);
    }

    /** The panel as its editor sends it back: with the models this reader sees (the service keeps the others). */
    public PanelData toData() {
        return new PanelData(id, title, metric, scoreName, aggregation, chart, width, height,
                models.stream().map(ModelRef::id).toList());
    }
}
