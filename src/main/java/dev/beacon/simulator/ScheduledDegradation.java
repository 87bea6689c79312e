package dev.beacon.simulator;

import java.time.Duration;
import java.time.Instant;

/**
 * A degradation at fixed wall-clock times, or once after the simulator started: predictable from the clock
 * alone, so a test or an operator knows when to look.
 *
 * @param every  how often it recurs; null for once, {@code offset} after the simulator started
 * @param offset where in each period it begins (measured from the epoch, so in UTC): every 20 minutes with an
 *               offset of 5 minutes runs at :05, :25 and :45 past each hour
 */
public record ScheduledDegradation(String model, Degradation kind, Duration every, Duration offset, Duration duration) {

    public ScheduledDegradation {
        if (model == null || kind == null || duration == null || !duration.isPositive()) {
            throw new IllegalArgumentException("A scheduled degradation needs a model, a kind and a positive duration");
        }
        if (offset == null) {
            offset = Duration.ZERO;
        }
        if (every != null && every.compareTo(duration) <= 0) {
            throw new IllegalArgumentException("A recurring degradation must be shorter than its period");
        }
    }

    public boolean activeAt(Instant now, Instant started) {
        if (every == null) {
            Instant begin = started.plus(offset);
            return !now.isBefore(begin) && now.isBefore(begin.plus(duration));
        }
        long into = Math.floorMod(now.toEpochMilli() - offset.toMillis(), every.toMillis());
        return into < duration.toMillis();
    }
}
