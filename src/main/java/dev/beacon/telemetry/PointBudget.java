package dev.beacon.telemetry;

import dev.beacon.telemetry.rollup.SeriesStep;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The step of a series that gives at most a number of points, e.g. as many as a chart has pixels to
 * spare; pass it to {@link TelemetryQueryService#series} or {@link ScoreQuery#series}.
 */
public final class PointBudget {

    private PointBudget() {
    }

    /** The smallest round step (1 min, 2 min, 5 min … 1 day) that keeps the range within {@code maxPoints}. */
    public static Duration stepFor(Instant from, Instant to, int maxPoints) {
        int budget = Math.clamp(maxPoints, 1, SeriesStep.MAX_POINTS);
        return SeriesStep.choose(from, to, Optional.empty(), budget);
    }
}
