package dev.beacon.telemetry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How a distribution (e.g. request latency) spread over value ranges in each time bucket: the data of a
 * latency heat map. Cells name their time bucket and value range by index; cells without values are left out.
 *
 * @param unit     the unit of the ranges' bounds, e.g. "ms"
 * @param times    the start of each time bucket, {@code step} apart
 * @param ranges   the value ranges, lowest first; they touch, and together hold every value of the range
 * @param bucketed true when part of the data came from histogram buckets, which limit the precision
 */
public record DistributionOverTime(String unit, Instant from, Instant to, Duration step, List<Instant> times,
                                   List<ValueRange> ranges, List<Cell> cells, boolean bucketed) {

    /** Values from {@code lower} (included) up to {@code upper} (excluded); the lowest range also holds zeros. */
    public record ValueRange(double lower, double upper) {
    }

    /** How many values fell into one value range during one time bucket. */
    public record Cell(int time, int range, long count) {
    }

    public DistributionOverTime {
        times = List.copyOf(times);
        ranges = List.copyOf(ranges);
        cells = List.copyOf(cells);
    }

    public boolean isEmpty() {
        return cells.isEmpty();
    }

    /** The largest count of one cell, for the colour scale; 0 when empty. */
    public long maxCount() {
        return cells.stream().mapToLong(Cell::count).max().orElse(0);
    }
}
