package dev.beacon.maintenance;

import dev.beacon.maintenance.ScheduleRecurrence.Unit;
import dev.beacon.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScheduleRecurrenceTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void interval_schedule_counts_from_the_day_of_the_completion() {
        var every30Days = ScheduleRecurrence.every(30, Unit.DAYS, BERLIN);

        assertThat(every30Days.nextAfterCompletion(berlin("2026-03-03T16:45"))).isEqualTo(berlin("2026-04-02T00:00"));
    }

    @Test
    void completing_an_interval_ticket_early_brings_the_next_one_forward_and_late_pushes_it_back() {
        var every30Days = ScheduleRecurrence.every(30, Unit.DAYS, BERLIN);

        Instant early = every30Days.nextAfterCompletion(berlin("2026-03-01T09:00"));
        Instant late = every30Days.nextAfterCompletion(berlin("2026-03-20T09:00"));

        assertThat(early).isEqualTo(berlin("2026-03-31T00:00"));
        assertThat(late).isEqualTo(berlin("2026-04-19T00:00"));
    }

    @Test
    void quarterly_schedule_adds_calendar_months_and_keeps_to_the_end_of_short_months() {
        var quarterly = ScheduleRecurrence.every(3, Unit.MONTHS, BERLIN);

        assertThat(quarterly.nextAfterCompletion(berlin("2026-01-15T10:00"))).isEqualTo(berlin("2026-04-15T00:00"));
        assertThat(quarterly.nextAfterCompletion(berlin("2025-11-30T10:00"))).isEqualTo(berlin("2026-02-28T00:00"));
    }

    @Test
    void interval_days_start_at_local_midnight_across_a_daylight_saving_change() {
        var weekly = ScheduleRecurrence.every(1, Unit.WEEKS, BERLIN);

        Instant next = weekly.nextAfterCompletion(berlin("2026-03-25T12:00"));

        assertThat(next).isEqualTo(berlin("2026-04-01T00:00"));
        assertThat(next.atZone(BERLIN).getOffset().getTotalSeconds()).isEqualTo(2 * 3600);
    }

    @Test
    void cron_schedule_keeps_its_calendar_when_completed_early() {
        var mondays = ScheduleRecurrence.cron("0 9 * * MON", BERLIN);

        // opened Monday 9 March 09:00, completed the same Tuesday: the next is the following Monday as planned
        assertThat(mondays.nextAfterCompletion(berlin("2026-03-10T11:00"))).isEqualTo(berlin("2026-03-16T09:00"));
    }

    @Test
    void cron_schedule_drops_the_times_that_passed_while_its_ticket_was_open() {
        var mondays = ScheduleRecurrence.cron("0 9 * * MON", BERLIN);

        // opened 9 March, completed only on Wednesday 25 March: 16 and 23 March are not opened afterwards
        assertThat(mondays.nextAfterCompletion(berlin("2026-03-25T08:00"))).isEqualTo(berlin("2026-03-30T09:00"));
    }

    @Test
    void skipping_moves_an_occurrence_one_step_on() {
        var every90Days = ScheduleRecurrence.every(90, Unit.DAYS, ZoneId.of("UTC"));
        var firstOfMonth = ScheduleRecurrence.cron("0 0 6 1 * *", ZoneId.of("UTC"));

        assertThat(every90Days.skip(Instant.parse("2026-01-01T00:00:00Z"))).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
        assertThat(firstOfMonth.skip(Instant.parse("2026-01-01T06:00:00Z"))).isEqualTo(Instant.parse("2026-02-01T06:00:00Z"));
    }

    @Test
    void first_interval_ticket_opens_at_the_start_of_the_chosen_day_and_a_cron_one_not_before_now() {
        Instant now = berlin("2026-03-10T12:00");
        var every30Days = ScheduleRecurrence.every(30, Unit.DAYS, BERLIN);
        var daily9 = ScheduleRecurrence.cron("0 0 9 * * *", BERLIN);

        assertThat(every30Days.first(LocalDate.parse("2026-03-10"), now)).isEqualTo(berlin("2026-03-10T00:00"));
        assertThat(every30Days.first(LocalDate.parse("2026-03-20"), now)).isEqualTo(berlin("2026-03-20T00:00"));
        assertThat(daily9.first(LocalDate.parse("2026-03-10"), now)).isEqualTo(berlin("2026-03-11T09:00"));
        assertThat(daily9.first(LocalDate.parse("2026-03-20"), now)).isEqualTo(berlin("2026-03-20T09:00"));
    }

    @Test
    void describes_itself_for_people() {
        assertThat(ScheduleRecurrence.every(30, Unit.DAYS, BERLIN).describe()).isEqualTo("Every 30 days");
        assertThat(ScheduleRecurrence.every(1, Unit.MONTHS, BERLIN).describe()).isEqualTo("Every month");
        assertThat(ScheduleRecurrence.cron("0 9 * * MON", BERLIN).describe()).isEqualTo("Cron 0 0 9 * * MON (Europe/Berlin)");
    }

    @Test
    void refuses_what_is_not_a_recurrence_naming_the_field() {
        assertThatThrownBy(() -> ScheduleRecurrence.cron("every monday", BERLIN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("cron"));
        assertThatThrownBy(() -> ScheduleRecurrence.every(0, Unit.DAYS, BERLIN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("every"));
        assertThatThrownBy(() -> new ScheduleRecurrence(null, null, null, BERLIN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("every"));
        assertThatThrownBy(() -> ScheduleRecurrence.zone("Mars/Olympus"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("timeZone"));
    }

    private static Instant berlin(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), BERLIN).toInstant();
    }
}
