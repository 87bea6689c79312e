package dev.beacon.dashboard;

import dev.beacon.registry.ModelListItem;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns a read {@link DashboardDocument} into {@link DashboardDefinition} for a team, finding each model among
 * those the importing user can see: by id; else by name (and team, if given), preferring the target
 * team's model of that name. Problems are collected under their field; nothing tells a model that exists
 * but is hidden from one that does not exist.
 */
final class DocumentData {

    private final List<ModelListItem> visible;
    private final TeamId team;
    private final Map<String, String> problems;

    DocumentData(List<ModelListItem> visible, TeamId team, Map<String, String> problems) {
        this.visible = visible;
        this.team = team;
        this.problems = problems;
    }

    DashboardDefinition from(DashboardDocument document, String name) {
        Visibility visibility = Visibility.ofApiName(document.visibility()).orElse(null);
        if (visibility == null) {
            problems.put("visibility", "Use team or everyone");
        }
        List<PanelData> panels = new ArrayList<>();
        for (int i = 0; i < document.panels().size(); i++) {
            panels.add(panel(document.panels().get(i), "panels[" + i + "]."));
        }
        return new DashboardDefinition(name, document.description(), visibility == null ? Visibility.TEAM : visibility, panels);
    }

    private PanelData panel(DashboardDocument.DocumentPanel panel, String prefix) {
        PanelMetric metric = PanelMetric.ofApiName(panel.metric()).orElse(null);
        if (metric == null) {
            problems.put(prefix + "metric", "Unknown metric '" + panel.metric() + "'; use one of " + names(PanelMetric.values()));
        }
        ChartType chart = ChartType.ofApiName(panel.chart()).orElse(null);
        if (chart == null) {
            problems.put(prefix + "chart", "Unknown chart '" + panel.chart() + "'; use one of " + names(ChartType.values()));
        }
        Aggregation aggregation = aggregation(panel.aggregation(), metric, chart, prefix);
        List<ModelId> models = new ArrayList<>();
        for (int j = 0; j < panel.models().size(); j++) {
            models.add(model(panel.models().get(j), prefix + "models[" + j + "]"));
        }
        int width = panel.width() == 0 && chart != null ? chart.defaultWidth() : panel.width();
        int height = panel.height() == 0 && chart != null ? chart.defaultHeight() : panel.height();
        return new PanelData(null, panel.title(), metric, panel.scoreName(), aggregation, chart, width, height, models);
    }

    /** Left out: the metric's usual one (the whole distribution for a heat map). */
    private Aggregation aggregation(String name, PanelMetric metric, ChartType chart, String prefix) {
        if (name == null) {
            return chart == ChartType.HEATMAP ? Aggregation.DISTRIBUTION : metric == null ? null : metric.defaultAggregation();
        }
        return Aggregation.ofApiName(name).orElseGet(() -> {
            problems.put(prefix + "aggregation", "Unknown aggregation '" + name + "'; use one of " + names(Aggregation.values()));
            return null;
        });
    }

    private ModelId model(DashboardDocument.DocumentModel reference, String field) {
        if (reference.id() != null) {
            for (ModelListItem model : visible) {
                if (model.id().toString().equalsIgnoreCase(reference.id().strip())) {
                    return model.id();
                }
            }
        }
        if (reference.name() != null) {
            List<ModelListItem> named = visible.stream().filter(m -> m.name().equalsIgnoreCase(reference.name().strip())).toList();
            if (reference.team() != null && named.stream().anyMatch(m -> m.teamName().equalsIgnoreCase(reference.team().strip()))) {
                named = named.stream().filter(m -> m.teamName().equalsIgnoreCase(reference.team().strip())).toList();
            }
            if (named.size() > 1 && named.stream().anyMatch(m -> m.team().equals(team))) {
                named = named.stream().filter(m -> m.team().equals(team)).toList();
            }
            if (named.size() == 1) {
                return named.getFirst().id();
            }
            if (named.size() > 1) {
                problems.put(field, "Several models you can see are named '" + reference.name() + "' (in "
                        + named.stream().map(ModelListItem::teamName).distinct().collect(Collectors.joining(", "))
                        + "); add the model's id or its team");
                return null;
            }
        }
        problems.put(field, "No model you can see has " + describe(reference));
        return null;
    }

    private static String describe(DashboardDocument.DocumentModel reference) {
        if (reference.id() != null && reference.name() != null) {
            return "the id " + reference.id() + " or the name '" + reference.name() + "'";
        }
        return reference.id() != null ? "the id " + reference.id() : "the name '" + reference.name() + "'";
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(value -> switch (value) {
            case PanelMetric metric -> metric.apiName();
            case ChartType chart -> chart.apiName();
            case Aggregation aggregation -> aggregation.apiName();
            default -> value.name();
        }).collect(Collectors.joining(", "));
    }
}
