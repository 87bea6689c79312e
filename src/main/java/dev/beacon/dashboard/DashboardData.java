package dev.beacon.dashboard;

import dev.beacon.alerting.FiringPeriod;
import dev.beacon.alerting.RuleData;
import dev.beacon.telemetry.ModelSeries;

import java.util.List;

/**
 * Everything a model dashboard draws for one window.
 *
 * @param compared   the overlaid series, or null when nothing is compared
 * @param alertRules the model's enabled alert rules, whose thresholds the panels draw as lines
 * @param firings    when the model's alerts were active in the window, drawn as bands
 */
public record DashboardData(ModelSeries series, ComparedSeries compared, List<RuleData> alertRules, List<FiringPeriod> firings) {

    public DashboardData {
        alertRules = List.copyOf(alertRules);
        firings = List.copyOf(firings);
    }
}
