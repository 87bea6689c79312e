package dev.beacon.alerting;

import dev.beacon.telemetry.SeriesPoint;

import java.time.Duration;
import java.util.List;

/**
 * What a rule would have seen over the last 24 hours: its metric in its unit, point by point, and how often it would
 * have fired (an estimate from the points: a breach lasting longer than the pending period counts once).
 *
 * @param available false for metrics without a series to preview (health-probe failures)
 */
public record RulePreview(boolean available, List<SeriesPoint> points, Duration step, int wouldHaveFired) {

    public static RulePreview unavailable() {
        return new RulePreview(false, List.of(), Duration.ZERO, 0);
    }

    /** Counts the breaches (at either severity) of the points that last longer than the pending period. */
    static int firings(List<SeriesPoint> points, Duration step, RuleData rule) {
        int firings = 0;
        int run = 0;
        boolean counted = false;
        for (SeriesPoint point : points) {
            boolean breach = point.value() != null && rule.levelOf(point.value()) != null;
            run = breach ? run + 1 : 0;
            if (!breach) {
                counted = false;
            } else if (!counted && step.multipliedBy(run).compareTo(rule.pending()) > 0) {
                firings++;
                counted = true;
            }
        }
        return firings;
    }
}
