package dev.beacon.dashboard;

import dev.beacon.telemetry.ModelSeries;

/**
 * Everything a model dashboard draws for one window.
 *
 * @param compared the overlaid series, or null when nothing is compared
 */
public record DashboardData(ModelSeries series, ComparedSeries compared) {
}
