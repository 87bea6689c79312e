package dev.beacon.telemetry.rollup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Covers a time range with the fewest rollup rows: whole days from the day rollups, the whole hours
 * left at either end from the hour rollups, and the minutes left from the minute rollups. Percentiles
 * of any range come from merging these rows, never from raw events.
 */
public final class RollupPlan {

    /** Rows of one resolution whose buckets start in [from, to). */
    public record Segment(Resolution resolution, Instant from, Instant to) {
    }

    private RollupPlan() {
    }

    /** The range is widened to whole minutes: from is rounded down, to up. */
    public static List<Segment> cover(Instant from, Instant to) {
        Instant start = Resolution.MINUTE.bucketOf(from);
        Instant end = ceil(Resolution.MINUTE, to);
        List<Segment> segments = new ArrayList<>();
        cover(start, end, Resolution.DAY, segments);
        return segments;
    }

    private static void cover(Instant from, Instant to, Resolution resolution, List<Segment> segments) {
        if (!from.isBefore(to)) {
            return;
        }
        if (resolution == Resolution.MINUTE) {
            segments.add(new Segment(resolution, from, to));
            return;
        }
        Resolution finer = resolution == Resolution.DAY ? Resolution.HOUR : Resolution.MINUTE;
        Instant wholeFrom = ceil(resolution, from);
        Instant wholeTo = resolution.bucketOf(to);
        if (!wholeFrom.isBefore(wholeTo)) {
            cover(from, to, finer, segments);
            return;
        }
        cover(from, wholeFrom, finer, segments);
        segments.add(new Segment(resolution, wholeFrom, wholeTo));
        cover(wholeTo, to, finer, segments);
    }

    static Instant ceil(Resolution resolution, Instant instant) {
        Instant floor = resolution.bucketOf(instant);
        return floor.equals(instant) ? floor : floor.plus(resolution.size());
    }
}
