package dev.beacon.maintenance;

import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.UserId;

import java.time.LocalDate;
import java.util.List;

/**
 * What a schedule form edits: how it recurs, from which day, and the ticket it opens each time.
 *
 * @param modelId      the model the work is about; null for team-wide work
 * @param startDay     the next ticket opens on this day or later (an interval schedule: at the day's start in the
 *                     schedule's time zone; a cron schedule: at its first time from then); ignored while a ticket of
 *                     the schedule is open
 * @param assigneeId   who each ticket is assigned to (an EDITOR or OWNER of the team); null for unassigned
 * @param dueAfterDays each ticket is due this many days after it opens; null for no due date
 */
public record ScheduleData(ModelId modelId, ScheduleRecurrence recurrence, LocalDate startDay, TicketType type, String title,
                           String description, TicketPriority priority, UserId assigneeId, Integer dueAfterDays,
                           boolean enabled) {

    public static final int MAX_DUE_AFTER_DAYS = 365;

    public ScheduleData {
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description.strip();
    }

    void check() {
        if (recurrence == null) {
            throw new InvalidInputException("every", "Say how often: every N days, weeks or months, or a cron expression");
        }
        if (startDay == null) {
            throw new InvalidInputException("startDay", "Choose the day of the next ticket");
        }
        if (type == null) {
            throw new InvalidInputException("type", "Choose a type");
        }
        if (title.isEmpty() || title.length() > TicketData.MAX_TITLE) {
            throw new InvalidInputException("title", "Enter a title of at most " + TicketData.MAX_TITLE + " characters");
        }
        if (description.length() > TicketData.MAX_DESCRIPTION) {
            throw new InvalidInputException("description", "Use at most " + TicketData.MAX_DESCRIPTION + " characters");
        }
        if (priority == null) {
            throw new InvalidInputException("priority", "Choose a priority");
        }
        if (dueAfterDays != null && (dueAfterDays < 0 || dueAfterDays > MAX_DUE_AFTER_DAYS)) {
            throw new InvalidInputException("dueAfterDays", "Between 0 and " + MAX_DUE_AFTER_DAYS + " days, or empty for no due date");
        }
    }

    /** The ticket of an occurrence that opens on {@code day} (in the schedule's time zone). */
    TicketData ticketOn(LocalDate day) {
        return new TicketData(type, title, description, priority, assigneeId,
                dueAfterDays == null ? null : day.plusDays(dueAfterDays), List.of(), modelId);
    }
}
