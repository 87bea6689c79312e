package dev.beacon.maintenance;

import dev.beacon.shared.TeamId;

import java.time.Instant;

/**
 * A recurring schedule with where it stands; {@code version} is the optimistic-locking counter.
 *
 * @param modelName       null for team-wide work
 * @param assigneeName    the default assignee's name, null for unassigned
 * @param nextDueAt       when the next ticket opens; null while the schedule's ticket is open (it waits for it)
 * @param lastCompletedAt when a ticket of the schedule was last done, or null
 * @param openTicket      the schedule's open ticket as "#12", or null
 * @param openTicketId    that ticket, or null
 */
public record Schedule(ScheduleId id, int version, TeamId team, String modelName, ScheduleData data, String assigneeName,
                       Instant nextDueAt, Instant lastCompletedAt, String openTicket, TicketId openTicketId) {

    /** "Every 30 days: Security patch — Patch review". */
    public String describe() {
        return data.recurrence().describe() + ": " + data.type().label() + " — " + data.title();
    }
}
