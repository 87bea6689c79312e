package dev.beacon.dashboard.internal;

import dev.beacon.dashboard.Aggregation;
import dev.beacon.dashboard.ChartType;
import dev.beacon.dashboard.PanelData;
import dev.beacon.dashboard.PanelId;
import dev.beacon.dashboard.PanelMetric;

import java.util.List;

/** A panel as stored, with every model on it, whoever may see them. */
public record StoredPanel(PanelId id, String title, PanelMetric metric, String scoreName, Aggregation aggregation,
                          ChartType chart, int width, int height, List<StoredModel> models) {

    public PanelData toData() {
        return new PanelData(id, title, metric, scoreName, aggregation, chart, width, height,
                models.stream().map(StoredModel::id).toList());
    }
}
