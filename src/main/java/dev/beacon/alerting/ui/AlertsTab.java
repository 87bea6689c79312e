package dev.beacon.alerting.ui;

import com.vaadin.flow.component.Component;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.ui.ModelPageTab;

/** Adds the "Alerts" tab to every model page: its health, its rules (acknowledge and silence an active alert), the rule form, the alert history and the notifications sent. */
@org.springframework.stereotype.Component
class AlertsTab implements ModelPageTab {

    static final String LABEL = "Alerts";

    private final AlertPageServices services;

    AlertsTab(AlertPageServices services) {
        this.services = services;
    }

    @Override
    public String label() {
        return LABEL;
    }

    /** After the registry's own tabs and the Telemetry tab (10). */
    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component create(ModelId model) {
        return new ModelAlerts(services, model);
    }
}
