package dev.beacon.simulator;

import java.time.Duration;

/**
 * How often a simulated model answers the questions it knows (the demo's Smoke QA: sums and capital cities) right,
 * over the time since the simulator started: {@code high} for {@code steady}, then falling evenly to {@code low}
 * over {@code fall}, {@code low} for {@code degraded}, back up to {@code high} over {@code recovery}, and
 * {@code high} after that — until the next period begins, {@code every} after the last (null: only once). Counted
 * from the start rather than from the clock's hour (as {@link ScheduledDegradation}s are), so that whoever starts
 * the demo sees the regression within minutes.
 */
public record AnswerAccuracy(String model, double high, double low, Duration steady, Duration fall, Duration degraded,
                             Duration recovery, Duration every) {

    public AnswerAccuracy {
        if (model == null || high < 0 || high > 1 || low < 0 || low > high) {
            throw new IllegalArgumentException("Accuracies lie in 0..1, the low one at most the high one");
        }
        if (steady.isNegative() || fall.isNegative() || degraded.isNegative() || recovery.isNegative()) {
            throw new IllegalArgumentException("The phases of a drift cannot be negative");
        }
        if (every != null && every.compareTo(steady.plus(fall).plus(degraded).plus(recovery)) < 0) {
            throw new IllegalArgumentException("A recurring drift must fit into its period");
        }
    }

    /** A model that does not drift. */
    public static AnswerAccuracy constant(String model, double accuracy) {
        return new AnswerAccuracy(model, accuracy, accuracy, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, null);
    }

    /** The chance of a right answer this long after the start. */
    public double at(Duration sinceStart) {
        long into = every == null || every.isZero() ? sinceStart.toMillis() : Math.floorMod(sinceStart.toMillis(), every.toMillis());
        if (into < steady.toMillis()) {
            return high;
        }
        into -= steady.toMillis();
        if (into < fall.toMillis()) {
            return high - (high - low) * into / fall.toMillis();
        }
        into -= fall.toMillis();
        if (into < degraded.toMillis()) {
            return low;
        }
        into -= degraded.toMillis();
        if (into < recovery.toMillis()) {
            return low + (high - low) * into / recovery.toMillis();
        }
        return high;
    }
}
