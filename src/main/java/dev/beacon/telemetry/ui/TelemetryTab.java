package dev.beacon.telemetry.ui;

import com.vaadin.flow.component.Component;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.ui.ModelPageTab;
import dev.beacon.telemetry.TelemetryOverviewService;

/** Adds the "Telemetry" tab to every model page. */
@org.springframework.stereotype.Component
class TelemetryTab implements ModelPageTab {

    private final TelemetryOverviewService overviews;

    TelemetryTab(TelemetryOverviewService overviews) {
        this.overviews = overviews;
    }

    @Override
    public String label() {
        return "Telemetry";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(ModelId model) {
        return new TelemetryPanel(overviews, model);
    }
}
