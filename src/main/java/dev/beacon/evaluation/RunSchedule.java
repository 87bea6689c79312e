package dev.beacon.evaluation;

import dev.beacon.shared.InvalidInputException;
import org.springframework.scheduling.support.CronExpression;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * When an attached suite runs on its own: every N minutes (1 minute to 1 week), or at the times of a cron expression in a
 * time zone (Spring's syntax, seconds first; a classic five-field expression gets "0 " in front).
 *
 * @param everyMinutes the interval; null for a cron schedule
 * @param cron         the cron expression; null for an interval
 * @param zone         the cron's time zone (UTC when not given); an interval keeps UTC
 */
public record RunSchedule(Integer everyMinutes, String cron, ZoneId zone) {

    public static final int MAX_EVERY_MINUTES = 10_080;

    public RunSchedule {
        cron = cron == null || cron.isBlank() ? null : withSeconds(cron.strip());
        zone = zone == null ? ZoneOffset.UTC : zone;
        if (cron != null) {
            if (everyMinutes != null) {
                throw new InvalidInputException("cron", "Give either an interval or a cron expression, not both");
            }
            if (!CronExpression.isValidExpression(cron)) {
                throw new InvalidInputException("cron", "Not a valid cron expression, e.g. \"0 */6 * * *\" (every 6 hours)");
            }
        } else {
            if (everyMinutes == null) {
                throw new InvalidInputException("everyMinutes", "Give an interval in minutes or a cron expression");
            }
            if (everyMinutes < 1 || everyMinutes > MAX_EVERY_MINUTES) {
                throw new InvalidInputException("everyMinutes", "Between 1 and " + MAX_EVERY_MINUTES + " minutes (one week)");
            }
        }
    }

    public static RunSchedule everyMinutes(int minutes) {
        return new RunSchedule(minutes, null, null);
    }

    public static RunSchedule cron(String expression, ZoneId zone) {
        return new RunSchedule(null, expression, zone);
    }

    /** Reads a time zone id as people type it, or answers which field is wrong. */
    public static ZoneId zone(String id) {
        try {
            return id == null || id.isBlank() ? ZoneOffset.UTC : ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            throw new InvalidInputException("zone", "Unknown time zone, e.g. UTC or Europe/Berlin");
        }
    }

    public boolean isCron() {
        return cron != null;
    }

    /** The first run time strictly after {@code after}; {@link Instant#MAX} for a cron expression that never fires again. */
    public Instant next(Instant after) {
        if (isCron()) {
            ZonedDateTime next = CronExpression.parse(cron).next(after.atZone(zone));
            return next == null ? Instant.MAX : next.toInstant();
        }
        return after.plus(Duration.ofMinutes(everyMinutes));
    }

    /**
     * The run time after the one due at {@code due}, but after {@code now}: runs missed while Beacon was down are not
     * made up one after another, the schedule continues from now.
     */
    public Instant nextAfter(Instant due, Instant now) {
        Instant next = next(due);
        return next.isAfter(now) ? next : next(now);
    }

    /** "Every 15 minutes", "Every hour", "Every 2 days", "Cron 0 0 6 * * * (Europe/Berlin)". */
    public String describe() {
        if (isCron()) {
            return "Cron " + cron + " (" + zone.getId() + ")";
        }
        if (everyMinutes % 1440 == 0) {
            return every(everyMinutes / 1440, "day");
        }
        if (everyMinutes % 60 == 0) {
            return every(everyMinutes / 60, "hour");
        }
        return every(everyMinutes, "minute");
    }

    private static String every(int count, String unit) {
        return count == 1 ? "Every " + unit : "Every " + count + " " + unit + "s";
    }

    private static String withSeconds(String expression) {
        return !expression.startsWith("@") && expression.split("\\s+").length == 5 ? "0 " + expression : expression;
    }
}
