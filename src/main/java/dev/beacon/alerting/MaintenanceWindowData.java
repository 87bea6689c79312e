package dev.beacon.alerting;

import dev.beacon.alerting.MaintenanceSchedule.Recurrence;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ModelId;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

/**
 * A recurring maintenance window as people enter it: weekly on {@code daysOfWeek} or monthly on {@code dayOfMonth},
 * from {@code start} for {@code durationMinutes} in {@code timeZone} (an IANA zone such as Europe/Berlin).
 *
 * @param model null for every model of the team
 */
public record MaintenanceWindowData(String name, ModelId model, Recurrence recurrence, Set<DayOfWeek> daysOfWeek,
                                    Integer dayOfMonth, LocalTime start, int durationMinutes, String timeZone) {

    public static final int MAX_MINUTES = 7 * 24 * 60;

    public MaintenanceWindowData {
        name = name == null ? "" : name.strip();
        daysOfWeek = daysOfWeek == null || daysOfWeek.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(daysOfWeek));
        timeZone = timeZone == null ? "" : timeZone.strip();
    }

    /** Checks every field; throws naming the first one that is wrong. */
    public MaintenanceSchedule schedule() {
        if (name.isEmpty() || name.length() > 100) {
            throw new InvalidInputException("name", "Give the window a name of 1-100 characters");
        }
        if (recurrence == null) {
            throw new InvalidInputException("recurrence", "Choose weekly or monthly");
        }
        if (recurrence == Recurrence.WEEKLY && daysOfWeek.isEmpty()) {
            throw new InvalidInputException("daysOfWeek", "Choose at least one day of the week");
        }
        if (recurrence == Recurrence.MONTHLY && (dayOfMonth == null || dayOfMonth < 1 || dayOfMonth > 31)) {
            throw new InvalidInputException("dayOfMonth", "Choose a day of the month from 1 to 31");
        }
        if (start == null) {
            throw new InvalidInputException("start", "Give the time the window opens");
        }
        if (durationMinutes < 1 || durationMinutes > MAX_MINUTES) {
            throw new InvalidInputException("durationMinutes", "A window lasts from 1 minute to 7 days");
        }
        return new MaintenanceSchedule(recurrence, daysOfWeek, recurrence == Recurrence.MONTHLY ? dayOfMonth : null, start,
                Duration.ofMinutes(durationMinutes), zone());
    }

    private ZoneId zone() {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new InvalidInputException("timeZone", "Give a time zone such as Europe/Berlin or UTC");
        }
    }
}
