package dev.beacon.maintenance;

import dev.beacon.shared.InvalidInputException;
import org.springframework.scheduling.support.CronExpression;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * How a maintenance schedule repeats — every N days, weeks or months, or a cron expression — in a time zone, and the
 * rule for its next date (docs/design-decisions/0026-recurring-schedules.md). A schedule has at most one open ticket;
 * the next one is due only once that ticket is done or won't do ("the completion"):
 * <ul>
 *     <li>an interval schedule counts from the completion: its next ticket opens at the start of the day (in its time
 *     zone) N days, weeks or months after the day of the completion — completing early brings it forward, late pushes
 *     it back;</li>
 *     <li>a cron schedule keeps its calendar: the next ticket opens at the first calendar time after the completion, so
 *     completing early changes nothing and times that passed while the ticket was open are dropped, not piled up.</li>
 * </ul>
 * Skipping an occurrence moves it one step on: an interval further from the skipped date, a cron to its next time.
 *
 * @param every with {@code unit}: how many days, weeks or months; null for a cron schedule
 * @param cron  Spring's cron syntax (seconds first); a classic five-field expression gets "0 " in front
 */
public record ScheduleRecurrence(Integer every, Unit unit, String cron, ZoneId zone) {

    /** The longest interval, in any unit; it keeps dates within reach of a calendar. */
    public static final int MAX_EVERY = 3650;

    public enum Unit {
        DAYS(ChronoUnit.DAYS, "day"), WEEKS(ChronoUnit.WEEKS, "week"), MONTHS(ChronoUnit.MONTHS, "month");

        private final ChronoUnit chrono;
        private final String singular;

        Unit(ChronoUnit chrono, String singular) {
            this.chrono = chrono;
            this.singular = singular;
        }

        public String label(int count) {
            return count == 1 ? singular : singular + "s";
        }
    }

    public ScheduleRecurrence {
        if (zone == null) {
            throw new InvalidInputException("timeZone", "Choose a time zone");
        }
        cron = cron == null || cron.isBlank() ? null : withSeconds(cron.strip());
        if (cron != null) {
            if (every != null || unit != null) {
                throw new InvalidInputException("cron", "Give either an interval or a cron expression, not both");
            }
            if (!CronExpression.isValidExpression(cron)) {
                throw new InvalidInputException("cron", "Not a valid cron expression, e.g. \"0 9 1 */3 *\" (09:00 on the 1st every 3 months)");
            }
        } else {
            if (every == null || unit == null) {
                throw new InvalidInputException("every", "Give an interval (every N days, weeks or months) or a cron expression");
            }
            if (every < 1 || every > MAX_EVERY) {
                throw new InvalidInputException("every", "Between 1 and " + MAX_EVERY);
            }
        }
    }

    public static ScheduleRecurrence every(int count, Unit unit, ZoneId zone) {
        return new ScheduleRecurrence(count, unit, null, zone);
    }

    public static ScheduleRecurrence cron(String expression, ZoneId zone) {
        return new ScheduleRecurrence(null, null, expression, zone);
    }

    /** Reads a time zone id as people enter it, or answers which field is wrong. */
    public static ZoneId zone(String id) {
        try {
            return ZoneId.of(id == null || id.isBlank() ? "UTC" : id.strip());
        } catch (DateTimeException e) {
            throw new InvalidInputException("timeZone", "Unknown time zone, e.g. UTC or Europe/Berlin");
        }
    }

    public boolean isCron() {
        return cron != null;
    }

    /**
     * When the first ticket opens for a schedule that starts on {@code startDay}: an interval schedule at the start of
     * that day (at once when it is today or past), a cron schedule at its first time from then, never before now.
     */
    public Instant first(LocalDate startDay, Instant now) {
        Instant dayStart = startDay.atStartOfDay(zone).toInstant();
        if (!isCron()) {
            return dayStart;
        }
        Instant from = dayStart.isAfter(now) ? dayStart.minusNanos(1) : now;
        return cronAfter(from);
    }

    /** When the next ticket opens after the open one was completed (done or won't do) at {@code completedAt}. */
    public Instant nextAfterCompletion(Instant completedAt) {
        if (isCron()) {
            return cronAfter(completedAt);
        }
        return completedAt.atZone(zone).toLocalDate().plus(every, unit.chrono).atStartOfDay(zone).toInstant();
    }

    /** Where the occurrence due at {@code due} goes when it is skipped. */
    public Instant skip(Instant due) {
        if (isCron()) {
            return cronAfter(due);
        }
        return due.atZone(zone).toLocalDate().plus(every, unit.chrono).atStartOfDay(zone).toInstant();
    }

    /** "Every 30 days", "Every month", "Cron 0 0 9 * * MON (Europe/Berlin)". */
    public String describe() {
        if (isCron()) {
            return "Cron " + cron + " (" + zone.getId() + ")";
        }
        return "Every " + (every == 1 ? "" : every + " ") + unit.label(every);
    }

    private Instant cronAfter(Instant instant) {
        ZonedDateTime next = CronExpression.parse(cron).next(instant.atZone(zone));
        if (next == null) {
            throw new InvalidInputException("cron", "This cron expression never fires again");
        }
        return next.toInstant();
    }

    private static String withSeconds(String expression) {
        return !expression.startsWith("@") && expression.split("\\s+").length == 5 ? "0 " + expression : expression;
    }
}
