package dev.beacon.dashboard.model;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Location;
import dev.beacon.dashboard.ModelDashboardService;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.ui.ModelPageTab;
import dev.beacon.shared.ui.SendDataGuide;

/** Adds the "Dashboard" tab to every model page, first, so the page opens on it. */
@org.springframework.stereotype.Component
class ModelDashboardTab implements ModelPageTab {

    static final String LABEL = "Dashboard";

    private final ModelDashboardService dashboards;
    private final SendDataGuide guide;
    private final LiveRefresh live;

    ModelDashboardTab(ModelDashboardService dashboards, SendDataGuide guide, LiveRefresh live) {
        this.dashboards = dashboards;
        this.guide = guide;
        this.live = live;
    }

    @Override
    public String label() {
        return LABEL;
    }

    /** Before the registry's own tabs (and the Telemetry tab, order 10). */
    @Override
    public int order() {
        return -10;
    }

    @Override
    public Component create(ModelId model) {
        return create(model, new Location("models/" + model));
    }

    @Override
    public Component create(ModelId model, Location location) {
        return new ModelDashboard(dashboards, guide, live, model, location);
    }
}
