package dev.beacon.maintenance;

import dev.beacon.shared.UserId;

import java.time.Instant;

/**
 * One entry of a ticket's activity history: a field that changed (values as people read them: names, labels joined,
 * dates as ISO dates), its creation ("created") or a comment ("comment").
 *
 * @param actor     null when Beacon itself made the change
 * @param actorName the actor's display name, "Beacon" when Beacon made it
 * @param oldValue  null when the field was empty (or for "created" and "comment")
 * @param newValue  null when the field was emptied
 */
public record TicketChange(UserId actor, String actorName, Instant at, String field, String oldValue, String newValue) {
}
