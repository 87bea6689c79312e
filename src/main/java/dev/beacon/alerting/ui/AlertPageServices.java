package dev.beacon.alerting.ui;

import dev.beacon.alerting.AlertHistoryService;
import dev.beacon.alerting.AlertPreviewService;
import dev.beacon.alerting.AlertResponseService;
import dev.beacon.alerting.AlertRuleService;
import dev.beacon.alerting.SilenceService;
import dev.beacon.alerting.TeamDefaultService;
import org.springframework.stereotype.Component;

/** The services a model's Alerts tab reads and acts through, handed to each tab as one. */
@Component
record AlertPageServices(AlertRuleService rules, AlertHistoryService history, AlertPreviewService previews,
                         TeamDefaultService defaults, AlertResponseService responses, SilenceService silences) {
}
