package dev.beacon.maintenance;

import dev.beacon.shared.UserId;

import java.time.Instant;
import java.util.UUID;

/**
 * A comment on a ticket.
 *
 * @param author     null when Beacon wrote it (e.g. an alert fired again while its ticket was open)
 * @param authorName the author's display name, "Beacon" when Beacon wrote it
 */
public record TicketComment(UUID id, UserId author, String authorName, String body, Instant createdAt) {

    public static final int MAX_BODY = 10_000;
}
