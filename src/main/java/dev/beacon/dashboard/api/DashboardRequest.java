package dev.beacon.dashboard.api;

import dev.beacon.dashboard.Aggregation;
import dev.beacon.dashboard.ChartType;
import dev.beacon.dashboard.DashboardDefinition;
import dev.beacon.dashboard.InvalidDashboardException;
import dev.beacon.dashboard.PanelData;
import dev.beacon.dashboard.PanelId;
import dev.beacon.dashboard.PanelMetric;
import dev.beacon.dashboard.Visibility;
import dev.beacon.shared.ModelId;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A dashboard to create ({@code teamId}) or update ({@code version}). Panels are in order; a panel sent
 * with the {@code id} it was read with keeps the models on it that the caller cannot see. Width and
 * height may be left out (the chart's usual size), so may the aggregation (the metric's usual one).
 */
record DashboardRequest(UUID teamId, Integer version, String name, String description, String visibility,
                        List<PanelRequest> panels) {

    record PanelRequest(UUID id, String title, String metric, String aggregation, String chart, String scoreName,
                        Integer width, Integer height, List<UUID> modelIds) {
    }

    /** The request as the service takes it; unknown names are refused here, each under its field. */
    DashboardDefinition toDefinition() {
        Map<String, String> problems = new LinkedHashMap<>();
        Visibility chosen = visibility == null ? Visibility.TEAM : known(visibility, "visibility", Visibility::ofApiName,
                Visibility.values(), problems);
        List<PanelData> data = new ArrayList<>();
        List<PanelRequest> given = panels == null ? List.of() : panels;
        for (int i = 0; i < given.size(); i++) {
            data.add(given.get(i) == null ? null : panel(given.get(i), "panels[" + i + "].", problems));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDashboardException(problems);
        }
        return new DashboardDefinition(name, description, chosen, data);
    }

    private static PanelData panel(PanelRequest panel, String prefix, Map<String, String> problems) {
        PanelMetric metric = panel.metric() == null ? missing(prefix + "metric", problems)
                : known(panel.metric(), prefix + "metric", PanelMetric::ofApiName, PanelMetric.values(), problems);
        ChartType chart = panel.chart() == null ? missing(prefix + "chart", problems)
                : known(panel.chart(), prefix + "chart", ChartType::ofApiName, ChartType.values(), problems);
        Aggregation aggregation = panel.aggregation() != null
                ? known(panel.aggregation(), prefix + "aggregation", Aggregation::ofApiName, Aggregation.values(), problems)
                : chart == ChartType.HEATMAP ? Aggregation.DISTRIBUTION : metric == null ? null : metric.defaultAggregation();
        int width = panel.width() != null ? panel.width() : chart == null ? 0 : chart.defaultWidth();
        int height = panel.height() != null ? panel.height() : chart == null ? 0 : chart.defaultHeight();
        List<ModelId> models = panel.modelIds() == null ? List.of()
                : panel.modelIds().stream().map(id -> id == null ? null : new ModelId(id)).toList();
        return new PanelData(panel.id() == null ? null : new PanelId(panel.id()), panel.title(), metric, panel.scoreName(),
                aggregation, chart, width, height, models);
    }

    private static <T> T missing(String field, Map<String, String> problems) {
        problems.put(field, "Missing");
        return null;
    }

    private static <T> T known(String name, String field, Function<String, java.util.Optional<T>> lookup, Object[] all,
                               Map<String, String> problems) {
        return lookup.apply(name).orElseGet(() -> {
            problems.put(field, "Unknown value '" + name + "'; use one of " + Arrays.stream(all).map(DashboardRequest::apiName)
                    .collect(Collectors.joining(", ")));
            return null;
        });
    }

    private static String apiName(Object value) {
        return switch (value) {
            case PanelMetric metric -> metric.apiName();
            case ChartType chart -> chart.apiName();
            case Aggregation aggregation -> aggregation.apiName();
            case Visibility visibility -> visibility.apiName();
            default -> String.valueOf(value);
        };
    }
}
