package dev.beacon.alerting.ui;

import dev.beacon.alerting.AlertActions;
import dev.beacon.alerting.AlertHistoryService;
import dev.beacon.alerting.AlertPreviewService;
import dev.beacon.alerting.AlertResponseService;
import dev.beacon.alerting.AlertRuleService;
import dev.beacon.alerting.SilenceService;
import dev.beacon.alerting.TeamDefaultService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The services a model's Alerts tab reads and acts through, handed to each tab as one; {@code actions} are the columns
 * other modules add to the rules (see {@link AlertActions}).
 */
@Component
record AlertPageServices(AlertRuleService rules, AlertHistoryService history, AlertPreviewService previews,
                         TeamDefaultService defaults, AlertResponseService responses, SilenceService silences,
                         ObjectProvider<AlertActions> actions) {
}
