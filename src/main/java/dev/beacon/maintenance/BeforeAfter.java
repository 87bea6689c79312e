package dev.beacon.maintenance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A model's figures over equal windows before and after a change (a ticket's completion): [change − window, change)
 * and [change, change + window), the window being the time since the change up to 7 days. With less than an hour
 * since the change there is nothing fair to compare yet: {@link #enoughData()} is false and the figures are empty.
 *
 * @param change  when the change took effect
 * @param window  the length of each of the two windows
 * @param figures latency p50/p95, TTFT p95, tokens/s, error rate, then each evaluation score by name
 */
public record BeforeAfter(Instant change, Duration window, boolean enoughData, List<BeforeAfterFigure> figures) {

    public static final Duration LONGEST_WINDOW = Duration.ofDays(7);
    public static final Duration SHORTEST_WINDOW = Duration.ofHours(1);
    public static final String NOT_ENOUGH_DATA = "Not enough data after the change yet";

    public BeforeAfter {
        figures = List.copyOf(figures);
    }

    /** The window for a change at {@code change} seen at {@code now}, or null when it would be shorter than an hour. */
    static Duration windowFor(Instant change, Instant now) {
        Duration since = Duration.between(change, now);
        if (since.compareTo(SHORTEST_WINDOW) < 0) {
            return null;
        }
        return since.compareTo(LONGEST_WINDOW) > 0 ? LONGEST_WINDOW : since;
    }
}
