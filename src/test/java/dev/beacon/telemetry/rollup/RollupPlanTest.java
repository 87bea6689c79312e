package dev.beacon.telemetry.rollup;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RollupPlanTest {

    @Test
    void a_thirty_day_range_reads_whole_days_and_only_the_hours_and_minutes_at_its_ends() {
        var segments = RollupPlan.cover(Instant.parse("2026-10-30T10:17:00Z"), Instant.parse("2026-11-29T10:17:00Z"));

        assertThat(segments).containsExactly(
                new RollupPlan.Segment(Resolution.MINUTE, Instant.parse("2026-10-30T10:17:00Z"), Instant.parse("2026-10-30T11:00:00Z")),
                new RollupPlan.Segment(Resolution.HOUR, Instant.parse("2026-10-30T11:00:00Z"), Instant.parse("2026-10-31T00:00:00Z")),
                new RollupPlan.Segment(Resolution.DAY, Instant.parse("2026-10-31T00:00:00Z"), Instant.parse("2026-11-29T00:00:00Z")),
                new RollupPlan.Segment(Resolution.HOUR, Instant.parse("2026-11-29T00:00:00Z"), Instant.parse("2026-11-29T10:00:00Z")),
                new RollupPlan.Segment(Resolution.MINUTE, Instant.parse("2026-11-29T10:00:00Z"), Instant.parse("2026-11-29T10:17:00Z")));
    }

    @Test
    void a_range_within_one_hour_reads_minutes_and_partial_minutes_are_included() {
        var segments = RollupPlan.cover(Instant.parse("2026-11-29T10:17:30Z"), Instant.parse("2026-11-29T10:45:10Z"));

        assertThat(segments).containsExactly(new RollupPlan.Segment(Resolution.MINUTE,
                Instant.parse("2026-11-29T10:17:00Z"), Instant.parse("2026-11-29T10:46:00Z")));
    }

    @Test
    void a_range_of_whole_hours_reads_only_hours() {
        var segments = RollupPlan.cover(Instant.parse("2026-11-29T01:00:00Z"), Instant.parse("2026-11-29T07:00:00Z"));

        assertThat(segments).containsExactly(new RollupPlan.Segment(Resolution.HOUR,
                Instant.parse("2026-11-29T01:00:00Z"), Instant.parse("2026-11-29T07:00:00Z")));
    }
}
