package dev.beacon.dashboard.api;

import dev.beacon.dashboard.Dashboard;
import dev.beacon.dashboard.DashboardListItem;
import dev.beacon.dashboard.Panel;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the dashboards API answers. Names of metrics, aggregations, charts and visibility are the JSON format's. */
final class DashboardResources {

    private DashboardResources() {
    }

    /** A dashboard with its panels; {@code version} must be sent back when updating or deleting. */
    record DashboardResource(UUID id, int version, UUID teamId, String teamName, String name, String description,
                             String visibility, boolean editable, boolean favourite, boolean home,
                             Instant updatedAt, String updatedBy, List<PanelResource> panels) {

        static DashboardResource of(Dashboard d) {
            return new DashboardResource(d.id().value(), d.version(), d.team().value(), d.teamName(), d.name(),
                    d.description(), d.visibility().apiName(), d.editable(), d.favourite(), d.home(), d.updatedAt(),
                    d.updatedBy(), d.panels().stream().map(PanelResource::of).toList());
        }
    }

    /**
     * A panel with the models the caller may see; {@code hiddenModels} counts the others (never named).
     * Sending the panel back with its id keeps them on it.
     */
    record PanelResource(UUID id, String title, String metric, String aggregation, String chart, String scoreName,
                         int width, int height, List<ModelResource> models, int hiddenModels) {

        static PanelResource of(Panel p) {
            return new PanelResource(p.id().value(), p.title(), p.metric().apiName(), p.aggregation().apiName(),
                    p.chart().apiName(), p.scoreName(), p.width(), p.height(),
                    p.models().stream().map(m -> new ModelResource(m.id().value(), m.name(), m.teamName())).toList(),
                    p.hiddenModels());
        }
    }

    record ModelResource(UUID id, String name, String team) {
    }

    record DashboardSummaryResource(UUID id, UUID teamId, String teamName, String name, String description,
                                    String visibility, int panels, boolean favourite, boolean home, Instant updatedAt) {

        static DashboardSummaryResource of(DashboardListItem item) {
            return new DashboardSummaryResource(item.id().value(), item.team().value(), item.teamName(), item.name(),
                    item.description(), item.visibility().apiName(), item.panels(), item.favourite(), item.home(),
                    item.updatedAt());
        }
    }

    record DashboardListResource(List<DashboardSummaryResource> items) {
    }
}
