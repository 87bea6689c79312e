package dev.beacon.dashboard;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of a dashboard's settings and panels that need no database: lengths, sizes, and which
 * metric, aggregation and chart go together. Problems are named by field, e.g. {@code panels[1].width}.
 */
final class DashboardChecks {

    private DashboardChecks() {
    }

    static void require(DashboardDefinition data) {
        Map<String, String> problems = problems(data);
        if (!problems.isEmpty()) {
            throw new InvalidDashboardException(problems);
        }
    }

    static Map<String, String> problems(DashboardDefinition data) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (data.name() == null || data.name().isEmpty()) {
            problems.put("name", "Enter a name");
        } else if (data.name().length() > DashboardDefinition.MAX_NAME) {
            problems.put("name", "Use at most " + DashboardDefinition.MAX_NAME + " characters");
        }
        if (data.description().length() > DashboardDefinition.MAX_DESCRIPTION) {
            problems.put("description", "Use at most " + DashboardDefinition.MAX_DESCRIPTION + " characters");
        }
        if (data.visibility() == null) {
            problems.put("visibility", "Choose who may open the dashboard: team or everyone");
        }
        if (data.panels().size() > DashboardDefinition.MAX_PANELS) {
            problems.put("panels", "Use at most " + DashboardDefinition.MAX_PANELS + " panels");
        }
        for (int i = 0; i < data.panels().size(); i++) {
            PanelData panel = data.panels().get(i);
            if (panel == null) {
                problems.put("panels[" + i + "]", "Leave out empty panels");
            } else {
                panelProblems(panel, "panels[" + i + "].", problems);
            }
        }
        return problems;
    }

    private static void panelProblems(PanelData panel, String prefix, Map<String, String> problems) {
        if (panel.title().length() > PanelData.MAX_TITLE) {
            problems.put(prefix + "title", "Use at most " + PanelData.MAX_TITLE + " characters");
        }
        if (panel.metric() == null) {
            problems.put(prefix + "metric", "Choose what the panel shows");
        }
        if (panel.aggregation() == null) {
            problems.put(prefix + "aggregation", "Choose an aggregation");
        }
        if (panel.chart() == null) {
            problems.put(prefix + "chart", "Choose a chart type");
        }
        if (panel.metric() != null && panel.aggregation() != null && panel.chart() != null) {
            String problem = panel.metric().problemWith(panel.aggregation(), panel.chart());
            if (problem != null) {
                problems.put(prefix + (panel.chart() == ChartType.HEATMAP && panel.aggregation() == Aggregation.DISTRIBUTION
                        ? "chart" : "aggregation"), problem);
            }
        }
        if (panel.metric() == PanelMetric.SCORE && panel.scoreName() == null) {
            problems.put(prefix + "scoreName", "Name the evaluation score, e.g. faithfulness");
        } else if (panel.metric() != PanelMetric.SCORE && panel.scoreName() != null) {
            problems.put(prefix + "scoreName", "Only score panels name a score");
        } else if (panel.scoreName() != null && panel.scoreName().length() > PanelData.MAX_TITLE) {
            problems.put(prefix + "scoreName", "Use at most " + PanelData.MAX_TITLE + " characters");
        }
        if (panel.width() < 1 || panel.width() > PanelData.GRID_COLUMNS) {
            problems.put(prefix + "width", "Use 1 to " + PanelData.GRID_COLUMNS + " columns");
        }
        if (panel.height() < 1 || panel.height() > PanelData.MAX_HEIGHT) {
            problems.put(prefix + "height", "Use 1 to " + PanelData.MAX_HEIGHT + " rows");
        }
        modelProblems(panel.models(), prefix, problems);
    }

    private static void modelProblems(List<?> models, String prefix, Map<String, String> problems) {
        if (models.isEmpty()) {
            problems.put(prefix + "models", "Choose at least one model");
        } else if (models.size() > PanelData.MAX_MODELS) {
            problems.put(prefix + "models", "Use at most " + PanelData.MAX_MODELS + " models per panel");
        } else if (models.contains(null) || new HashSet<>(models).size() < models.size()) {
            problems.put(prefix + "models", "Name each model once");
        }
    }
}
