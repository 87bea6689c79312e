package dev.beacon.telemetry.rollup;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SeriesStepTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    @Test
    void an_hour_is_shown_minute_by_minute_from_minute_rollups() {
        Duration step = SeriesStep.choose(NOW.minus(Duration.ofHours(1)), NOW, Optional.empty(), SeriesStep.DEFAULT_MAX_POINTS);

        assertThat(step).isEqualTo(Duration.ofMinutes(1));
        assertThat(SeriesStep.resolutionFor(step)).isEqualTo(Resolution.MINUTE);
    }

    @Test
    void thirty_days_stay_within_the_point_budget_and_read_hour_rollups() {
        Duration step = SeriesStep.choose(NOW.minus(Duration.ofDays(30)), NOW, Optional.empty(), SeriesStep.DEFAULT_MAX_POINTS);

        assertThat(Duration.ofDays(30).dividedBy(step)).isLessThanOrEqualTo(SeriesStep.DEFAULT_MAX_POINTS);
        assertThat(SeriesStep.resolutionFor(step)).isEqualTo(Resolution.HOUR);
    }

    @Test
    void seven_days_read_hour_rollups_rather_than_ten_thousand_minutes() {
        Duration step = SeriesStep.choose(NOW.minus(Duration.ofDays(7)), NOW, Optional.empty(), SeriesStep.DEFAULT_MAX_POINTS);

        assertThat(SeriesStep.resolutionFor(step)).isEqualTo(Resolution.HOUR);
    }

    @Test
    void a_requested_step_must_be_whole_minutes_and_not_give_too_many_points() {
        assertThat(SeriesStep.problemWith(Duration.ofSeconds(90), NOW.minus(Duration.ofHours(1)), NOW)).isPresent();
        assertThat(SeriesStep.problemWith(Duration.ofMinutes(1), NOW.minus(Duration.ofDays(30)), NOW)).isPresent();
        assertThat(SeriesStep.problemWith(Duration.ofMinutes(5), NOW.minus(Duration.ofDays(1)), NOW)).isEmpty();
        assertThat(SeriesStep.resolutionFor(Duration.ofDays(1))).isEqualTo(Resolution.DAY);
    }
}
