package dev.beacon.alerting.ui;

import com.vaadin.flow.component.Component;
import dev.beacon.alerting.AlertHistoryService;
import dev.beacon.alerting.AlertPreviewService;
import dev.beacon.alerting.AlertResponseService;
import dev.beacon.alerting.AlertRuleService;
import dev.beacon.alerting.SilenceService;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.ui.ModelPageTab;

/** Adds the "Alerts" tab to every model page: its health, its rules (acknowledge and silence an active alert), the rule form, the alert history and the notifications sent. */
@org.springframework.stereotype.Component
class AlertsTab implements ModelPageTab {

    static final String LABEL = "Alerts";

    private final AlertRuleService rules;
    private final AlertHistoryService history;
    private final AlertPreviewService previews;
    private final AlertResponseService responses;
    private final SilenceService silences;

    AlertsTab(AlertRuleService rules, AlertHistoryService history, AlertPreviewService previews, AlertResponseService responses,
              SilenceService silences) {
        this.responses = responses;
        this.silences = silences;
        this.rules = rules;
        this.history = history;
        this.previews = previews;
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
        return new ModelAlerts(rules, history, previews, responses, silences, model);
    }
}
