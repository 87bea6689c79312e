package dev.beacon.dashboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * A dashboard as JSON, for config as code: export, keep in version control, import into any team.
 * Version {@value #FORMAT_VERSION} of the format is described in docs/dashboard-json-format.md. Names
 * are the API names of {@link PanelMetric}, {@link Aggregation}, {@link ChartType} and {@link Visibility};
 * models are named by id and by name (and team), so an import into another team or another Beacon can
 * find the models there by name.
 */
@JsonPropertyOrder({"formatVersion", "name", "description", "visibility", "panels"})
public record DashboardDocument(int formatVersion, String name, String description, String visibility,
                                List<DocumentPanel> panels) {

    public static final int FORMAT_VERSION = 1;

    public DashboardDocument {
        panels = List.copyOf(panels);
    }

    /** One panel; the order of the list is the order on the dashboard. */
    @JsonPropertyOrder({"title", "metric", "aggregation", "chart", "scoreName", "width", "height", "models"})
    public record DocumentPanel(String title, String metric, String aggregation, String chart,
                                @JsonInclude(JsonInclude.Include.NON_NULL) String scoreName, int width, int height,
                                List<DocumentModel> models) {

        public DocumentPanel {
            models = List.copyOf(models);
        }
    }

    /**
     * A model on a panel. An export names a model the exporting user cannot see by its id only.
     *
     * @param team the name of the model's team, to tell apart models of the same name
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DocumentModel(String id, String name, String team) {
    }
}
