package dev.beacon.evaluation;

import dev.beacon.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunScheduleTest {

    private static final Instant NOON = Instant.parse("2026-03-28T12:00:00Z");

    @Test
    void an_interval_runs_every_n_minutes_and_describes_itself_in_the_largest_whole_unit() {
        assertThat(RunSchedule.everyMinutes(15).next(NOON)).isEqualTo(NOON.plus(Duration.ofMinutes(15)));
        assertThat(RunSchedule.everyMinutes(15).describe()).isEqualTo("Every 15 minutes");
        assertThat(RunSchedule.everyMinutes(1).describe()).isEqualTo("Every minute");
        assertThat(RunSchedule.everyMinutes(60).describe()).isEqualTo("Every hour");
        assertThat(RunSchedule.everyMinutes(180).describe()).isEqualTo("Every 3 hours");
        assertThat(RunSchedule.everyMinutes(1440).describe()).isEqualTo("Every day");
        assertThat(RunSchedule.everyMinutes(10_080).describe()).isEqualTo("Every 7 days");
        assertThat(RunSchedule.everyMinutes(90).describe()).isEqualTo("Every 90 minutes");
    }

    @Test
    void a_cron_schedule_follows_its_time_zone_across_daylight_saving() {
        RunSchedule morning = RunSchedule.cron("0 6 * * *", ZoneId.of("Europe/Berlin"));

        // Berlin switches to summer time on 2026-03-29: 06:00 is 05:00 UTC before, 04:00 UTC after
        assertThat(morning.next(NOON)).isEqualTo(Instant.parse("2026-03-29T04:00:00Z"));
        assertThat(morning.next(Instant.parse("2026-03-27T12:00:00Z"))).isEqualTo(Instant.parse("2026-03-28T05:00:00Z"));
        assertThat(morning.cron()).isEqualTo("0 0 6 * * *");
        assertThat(morning.describe()).isEqualTo("Cron 0 0 6 * * * (Europe/Berlin)");
    }

    @Test
    void runs_missed_while_beacon_was_down_are_not_made_up() {
        RunSchedule hourly = RunSchedule.everyMinutes(60);
        Instant due = NOON;

        assertThat(hourly.nextAfter(due, due.plusSeconds(20))).as("on time: keeps the cadence").isEqualTo(due.plus(Duration.ofHours(1)));
        assertThat(hourly.nextAfter(due, due.plus(Duration.ofHours(5)))).as("late: continues from now")
                .isEqualTo(due.plus(Duration.ofHours(6)));
    }

    @Test
    void a_schedule_is_an_interval_or_a_cron_expression_with_a_clear_error_otherwise() {
        assertRefused(() -> new RunSchedule(null, null, null), "everyMinutes");
        assertRefused(() -> RunSchedule.everyMinutes(0), "everyMinutes");
        assertRefused(() -> RunSchedule.everyMinutes(10_081), "everyMinutes");
        assertRefused(() -> new RunSchedule(5, "0 6 * * *", null), "cron");
        assertRefused(() -> RunSchedule.cron("every morning", null), "cron");
        assertRefused(() -> RunSchedule.zone("Mars/Olympus"), "zone");
        assertThat(RunSchedule.cron("0 6 * * *", null).zone()).isEqualTo(java.time.ZoneOffset.UTC);
    }

    private static void assertRefused(Runnable making, String field) {
        assertThatThrownBy(making::run)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
