package dev.beacon.dashboard;

import dev.beacon.registry.Model;
import dev.beacon.shared.ModelId;

import java.util.Arrays;
import java.util.List;

/** Dashboards and panels for tests, with uniquely named dashboards. */
public final class SharedDashboardTestData {

    private SharedDashboardTestData() {
    }

    public static PanelData latencyLine(Model... models) {
        return PanelData.of("", PanelMetric.LATENCY, Aggregation.P95, ChartType.LINE, ids(models));
    }

    public static PanelData requestsStat(Model... models) {
        return PanelData.of("Requests", PanelMetric.REQUESTS, Aggregation.SUM, ChartType.STAT, ids(models));
    }

    public static DashboardDefinition dashboard(String prefix, Visibility visibility, PanelData... panels) {
        return new DashboardDefinition(dev.beacon.TestFixtures.unique(prefix), "Made by a test", visibility, List.of(panels));
    }

    public static List<ModelId> ids(Model... models) {
        return Arrays.stream(models).map(Model::id).toList();
    }
}
