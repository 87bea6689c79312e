package dev.beacon.telemetry.rollup;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the spacing of a series' points and the rollups it reads. Chosen automatically, the step is
 * the smallest round step that keeps the series within the point budget (charts never get more points
 * than they have pixels); ranges beyond two days use at least an hour, so the series reads hour rows.
 */
public final class SeriesStep {

    public static final int DEFAULT_MAX_POINTS = 360;
    public static final int MAX_POINTS = 10_000;

    private static final List<Duration> LADDER = List.of(Duration.ofMinutes(1), Duration.ofMinutes(2),
            Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(15), Duration.ofMinutes(30),
            Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(12),
            Duration.ofDays(1), Duration.ofDays(7));

    private SeriesStep() {
    }

    /** The step for a range, honouring a requested step (checked by {@link #problemWith}). */
    public static Duration choose(Instant from, Instant to, Optional<Duration> requested, int maxPoints) {
        if (requested.isPresent()) {
            return requested.get();
        }
        Duration range = Duration.between(from, to);
        Duration minimum = range.compareTo(Duration.ofDays(2)) > 0 ? Duration.ofHours(1) : Duration.ofMinutes(1);
        for (Duration step : LADDER) {
            if (step.compareTo(minimum) >= 0 && range.dividedBy(step) <= maxPoints) {
                return step;
            }
        }
        return LADDER.getLast();
    }

    /** Why a requested step cannot be used for the range, if it cannot. */
    public static Optional<String> problemWith(Duration step, Instant from, Instant to) {
        if (step.isNegative() || step.compareTo(Duration.ofMinutes(1)) < 0 || step.toSeconds() % 60 != 0) {
            return Optional.of("Use a whole number of minutes, at least one (e.g. 5m, 1h)");
        }
        if (Duration.between(from, to).dividedBy(step) > MAX_POINTS) {
            return Optional.of("Gives more than " + MAX_POINTS + " points for this range; choose a larger step");
        }
        return Optional.empty();
    }

    /** The coarsest rollups whose buckets fit evenly into the step. */
    public static Resolution resolutionFor(Duration step) {
        if (step.toMinutes() % Duration.ofDays(1).toMinutes() == 0) {
            return Resolution.DAY;
        }
        return step.toMinutes() % 60 == 0 ? Resolution.HOUR : Resolution.MINUTE;
    }
}
