package dev.beacon.telemetry.rollup;

/**
 * Mergeable statistics of a series of readings (a gauge, or a named score): min, max, sum and count
 * for the average, and the latest reading with its time in epoch milliseconds.
 */
public record Stats(double min, double max, double sum, long count, double last, long lastAtMillis) {

    public static Stats of(double value, long atMillis) {
        return new Stats(value, value, value, 1, value, atMillis);
    }

    public Stats merge(Stats other) {
        boolean otherIsNewer = other.lastAtMillis >= lastAtMillis;
        return new Stats(Math.min(min, other.min), Math.max(max, other.max), sum + other.sum, count + other.count,
                otherIsNewer ? other.last : last, Math.max(lastAtMillis, other.lastAtMillis));
    }

    public double average() {
        return count == 0 ? Double.NaN : sum / count;
    }
}
