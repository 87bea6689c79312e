package dev.beacon.maintenance;

import java.time.Instant;

/**
 * The current user's calendar feed of due dates, as far as Beacon still knows it: the start of its secret (the rest
 * is shown only once, when it is made) and when it was made.
 */
public record CalendarFeed(String tokenPrefix, Instant createdAt) {
}
