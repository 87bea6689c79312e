package dev.beacon.dashboard;

import dev.beacon.telemetry.ModelSeries;

import java.time.Duration;

/**
 * The series overlaid on a dashboard's own.
 *
 * @param label     what the legend calls them, e.g. the other model's name or "before v2"
 * @param baseLabel what the legend then calls the dashboard's own series, e.g. its model's name or "current"
 * @param shift     how far to move their times to lay them over the window shown (zero for another model)
 */
public record ComparedSeries(String label, String baseLabel, ModelSeries series, Duration shift) {
}
