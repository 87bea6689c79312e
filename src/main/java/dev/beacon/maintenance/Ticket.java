package dev.beacon.maintenance;

import dev.beacon.alerting.RuleId;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.UserId;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A ticket with its bookkeeping; {@code version} is the optimistic-locking counter.
 *
 * @param modelName             null for team-wide work
 * @param reporter              who opened it; null when Beacon did (a schedule or an alert rule)
 * @param reporterName          the reporter's display name, "Beacon" when Beacon opened it
 * @param assigneeName          the assignee's display name, null while unassigned
 * @param closedAt              when it was done or dropped; null while open
 * @param alertRule             the alert rule it was opened from, if any
 * @param schedule              the recurring schedule that opened it, if any
 * @param completedVersionLabel the version label that completing a model update or retraining introduced
 */
public record Ticket(TicketId id, long number, int version, TeamId team, String teamName, String modelName,
                     TicketData data, TicketStatus status, UserId reporter, String reporterName, String assigneeName,
                     Instant createdAt, Instant updatedAt, Instant closedAt,
                     RuleId alertRule, ScheduleId schedule, String completedVersionLabel) {

    /** Tickets due within this many days (today included) are "due soon". */
    public static final int DUE_SOON_DAYS = 3;

    public ModelId model() {
        return data.modelId();
    }

    public UserId assignee() {
        return data.assigneeId();
    }

    /** How people refer to it: "#12". */
    public String reference() {
        return "#" + number;
    }

    /** "#12 Security patch: Patch vLLM to 0.6.4", as in notifications and calendars. */
    public String headline() {
        return reference() + " " + data.type().label() + ": " + data.title();
    }

    /** Still open and its due date has passed. */
    public boolean overdue(LocalDate today) {
        return status.isOpen() && data.dueDate() != null && data.dueDate().isBefore(today);
    }

    public boolean overdue(Clock clock) {
        return overdue(LocalDate.now(clock));
    }

    /** Still open and due today or within the next {@link #DUE_SOON_DAYS} days, but not yet overdue. */
    public boolean dueSoon(LocalDate today) {
        return status.isOpen() && data.dueDate() != null && !data.dueDate().isBefore(today)
                && data.dueDate().isBefore(today.plusDays(DUE_SOON_DAYS));
    }

    public boolean dueSoon(Clock clock) {
        return dueSoon(LocalDate.now(clock));
    }
}
