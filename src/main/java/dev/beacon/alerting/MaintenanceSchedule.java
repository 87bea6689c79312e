package dev.beacon.alerting;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * When a recurring maintenance window is open. Start and end are read on the wall clock of the window's time zone,
 * so "Sundays 02:00–04:00 Europe/Berlin" ends at 04:00 local time all year. On the day clocks spring forward a start
 * inside the skipped hour moves to the first time that exists (02:30 becomes 03:30, as {@link ZonedDateTime#of}
 * resolves gaps) and the window is shorter by that hour; on the day they fall back a start or end in the repeated
 * hour means its first (summer-time) occurrence, and the window is longer by an hour. A monthly window on a day the
 * month lacks (the 31st in April) opens on the month's last day.
 */
public record MaintenanceSchedule(Recurrence recurrence, Set<DayOfWeek> daysOfWeek, Integer dayOfMonth, LocalTime start,
                                  Duration duration, ZoneId zone) {

    /** How a window recurs. */
    public enum Recurrence { WEEKLY, MONTHLY }

    /** Whether the window is open at that instant: some occurrence started at or before it and ends after it. */
    public boolean covers(Instant at) {
        LocalDate today = at.atZone(zone).toLocalDate();
        for (LocalDate day = today.minusDays(duration.toDays() + 1); !day.isAfter(today); day = day.plusDays(1)) {
            if (occursOn(day) && !at.isBefore(startOn(day)) && at.isBefore(endOn(day))) {
                return true;
            }
        }
        return false;
    }

    /** The first start at or after the instant, within the next 13 months. */
    public Optional<Instant> nextStart(Instant after) {
        LocalDate day = after.atZone(zone).toLocalDate();
        for (int i = 0; i < 400; i++, day = day.plusDays(1)) {
            if (occursOn(day) && !startOn(day).isBefore(after)) {
                return Optional.of(startOn(day));
            }
        }
        return Optional.empty();
    }

    boolean occursOn(LocalDate day) {
        return switch (recurrence) {
            case WEEKLY -> daysOfWeek.contains(day.getDayOfWeek());
            case MONTHLY -> day.getDayOfMonth() == Math.min(dayOfMonth, day.lengthOfMonth());
        };
    }

    Instant startOn(LocalDate day) {
        return ZonedDateTime.of(day, start, zone).toInstant();
    }

    Instant endOn(LocalDate day) {
        return ZonedDateTime.of(LocalDateTime.of(day, start).plus(duration), zone).toInstant();
    }
}
