package dev.beacon.alerting;

import dev.beacon.alerting.MaintenanceSchedule.Recurrence;
import dev.beacon.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When recurring maintenance windows are open, read on the wall clock of Europe/Berlin across both DST changes of 2026. */
class MaintenanceScheduleTest {

    private static final MaintenanceSchedule SUNDAY_NIGHTS = weekly(Set.of(DayOfWeek.SUNDAY), LocalTime.of(2, 0), 120);

    @Test
    void an_ordinary_sunday_window_covers_two_hours_from_two_oclock_local_time() {
        // 22 March 2026: CET, UTC+1
        assertThat(SUNDAY_NIGHTS.covers(Instant.parse("2026-03-22T00:59:59Z"))).isFalse();
        assertThat(SUNDAY_NIGHTS.covers(Instant.parse("2026-03-22T01:00:00Z"))).isTrue();
        assertThat(SUNDAY_NIGHTS.covers(Instant.parse("2026-03-22T02:59:59Z"))).isTrue();
        assertThat(SUNDAY_NIGHTS.covers(Instant.parse("2026-03-22T03:00:00Z"))).isFalse();
        assertThat(SUNDAY_NIGHTS.covers(Instant.parse("2026-03-23T01:30:00Z"))).as("Monday").isFalse();
    }

    @Test
    void on_the_spring_forward_sunday_the_window_opens_at_three_and_still_closes_at_four_local_time() {
        // 29 March 2026: 02:00 CET jumps to 03:00 CEST (UTC+2); 02:00 does not exist that night
        assertThat(SUNDAY_NIGHTS.covers(Instant.parse("2026-03-29T00:59:59Z"))).as("01:59 CET").isFalse();
        assertThat(SUNDAY_NIGHTS.covers(Instant.parse("2026-03-29T01:00:00Z"))).as("03:00 CEST").isTrue();
        assertThat(SUNDAY_NIGHTS.covers(Instant.parse("2026-03-29T01:59:59Z"))).as("03:59 CEST").isTrue();
        assertThat(SUNDAY_NIGHTS.covers(Instant.parse("2026-03-29T02:00:00Z"))).as("04:00 CEST").isFalse();
        assertThat(SUNDAY_NIGHTS.nextStart(Instant.parse("2026-03-28T12:00:00Z"))).contains(Instant.parse("2026-03-29T01:00:00Z"));
    }

    @Test
    void on_the_fall_back_sunday_the_window_runs_from_the_first_two_oclock_to_four_oclock_winter_time() {
        // 25 October 2026: 03:00 CEST falls back to 02:00 CET; 02:00-03:00 happens twice
        assertThat(SUNDAY_NIGHTS.covers(Instant.parse("2026-10-24T23:59:59Z"))).as("01:59 CEST").isFalse();
        assertThat(SUNDAY_NIGHTS.covers(Instant.parse("2026-10-25T00:00:00Z"))).as("02:00 CEST").isTrue();
        assertThat(SUNDAY_NIGHTS.covers(Instant.parse("2026-10-25T01:30:00Z"))).as("02:30 CET, the second time").isTrue();
        assertThat(SUNDAY_NIGHTS.covers(Instant.parse("2026-10-25T02:59:59Z"))).as("03:59 CET").isTrue();
        assertThat(SUNDAY_NIGHTS.covers(Instant.parse("2026-10-25T03:00:00Z"))).as("04:00 CET").isFalse();
    }

    @Test
    void a_window_past_midnight_is_open_on_the_next_day_too() {
        MaintenanceSchedule saturdayNight = weekly(Set.of(DayOfWeek.SATURDAY), LocalTime.of(23, 0), 180);

        assertThat(saturdayNight.covers(Instant.parse("2026-06-13T21:00:00Z"))).as("Sat 23:00 CEST").isTrue();
        assertThat(saturdayNight.covers(Instant.parse("2026-06-13T23:59:00Z"))).as("Sun 01:59 CEST").isTrue();
        assertThat(saturdayNight.covers(Instant.parse("2026-06-14T00:00:00Z"))).as("Sun 02:00 CEST").isFalse();
    }

    @Test
    void a_monthly_window_opens_on_its_day_and_on_the_last_day_of_shorter_months() {
        MaintenanceSchedule firstOfMonth = monthly(1, LocalTime.MIDNIGHT, 60);
        MaintenanceSchedule thirtyFirst = monthly(31, LocalTime.of(12, 0), 60);

        assertThat(firstOfMonth.covers(Instant.parse("2026-04-01T00:30:00Z"))).as("00:30 UTC is 02:30 CEST").isFalse();
        assertThat(firstOfMonth.covers(Instant.parse("2026-03-31T22:30:00Z"))).as("1 April 00:30 CEST").isTrue();
        assertThat(firstOfMonth.covers(Instant.parse("2026-04-02T22:30:00Z"))).isFalse();
        assertThat(thirtyFirst.covers(Instant.parse("2026-04-30T10:30:00Z"))).as("30 April, April has no 31st").isTrue();
        assertThat(thirtyFirst.covers(Instant.parse("2026-05-30T10:30:00Z"))).as("May has a 31st").isFalse();
        assertThat(thirtyFirst.covers(Instant.parse("2026-05-31T10:30:00Z"))).isTrue();
    }

    @Test
    void an_unknown_time_zone_or_a_weekly_window_without_days_is_refused_naming_the_field() {
        assertThatThrownBy(() -> new MaintenanceWindowData("Patch night", null, Recurrence.WEEKLY, Set.of(DayOfWeek.MONDAY), null,
                LocalTime.NOON, 60, "Europe/Atlantis").schedule())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("timeZone"));
        assertThatThrownBy(() -> new MaintenanceWindowData("Patch night", null, Recurrence.WEEKLY, Set.of(), null,
                LocalTime.NOON, 60, "UTC").schedule())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("daysOfWeek"));
    }

    private static MaintenanceSchedule weekly(Set<DayOfWeek> days, LocalTime start, int minutes) {
        return new MaintenanceWindowData("w", null, Recurrence.WEEKLY, days, null, start, minutes, "Europe/Berlin").schedule();
    }

    private static MaintenanceSchedule monthly(int day, LocalTime start, int minutes) {
        return new MaintenanceWindowData("m", null, Recurrence.MONTHLY, Set.of(), day, start, minutes, "Europe/Berlin").schedule();
    }
}
