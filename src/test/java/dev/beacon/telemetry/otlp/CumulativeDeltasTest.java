package dev.beacon.telemetry.otlp;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CumulativeDeltasTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long START = 1_800_000_000L * SECOND;
    private static final double[] BOUNDS = {0.1, 1.0};

    @Test
    void a_cumulative_point_counts_what_it_adds_to_the_last_one_bucket_by_bucket() {
        HistogramSample last = sample(START, START + 60 * SECOND, 2, 3, 1);
        HistogramSample point = sample(START, START + 120 * SECOND, 5, 3, 4);

        HistogramSample increment = CumulativeDeltas.increment(last, point, true).orElseThrow();

        assertThat(increment.count()).isEqualTo(6);
        assertThat(increment.bucketCounts()).containsExactly(3, 0, 3);
        assertThat(increment.sum()).isEqualTo(point.sum() - last.sum());
        assertThat(increment.timeNanos()).isEqualTo(point.timeNanos());
    }

    @Test
    void the_first_point_of_a_series_that_started_recently_counts_in_full() {
        HistogramSample point = sample(START, START + 60 * SECOND, 1, 2, 3);

        assertThat(CumulativeDeltas.increment(null, point, true)).contains(point);
    }

    @Test
    void the_first_point_of_a_series_that_started_long_ago_is_only_the_baseline() {
        HistogramSample point = sample(START, START + Duration.ofHours(3).toNanos(), 100, 200, 300);

        assertThat(CumulativeDeltas.increment(null, point, true)).isEmpty();
    }

    @Test
    void a_new_start_time_or_a_count_going_down_is_a_restart_that_counts_in_full_when_recent() {
        HistogramSample last = sample(START, START + 600 * SECOND, 50, 50, 50);
        HistogramSample restarted = sample(START + 700 * SECOND, START + 720 * SECOND, 1, 1, 0);
        HistogramSample sameStartButFewer = sample(START, START + 800 * SECOND, 10, 0, 0);

        assertThat(CumulativeDeltas.increment(last, restarted, true)).contains(restarted);
        assertThat(CumulativeDeltas.increment(last, sameStartButFewer, true)).as("started 800 s ago: a baseline").isEmpty();
    }

    @Test
    void a_point_not_newer_than_the_last_one_taken_adds_nothing() {
        HistogramSample last = sample(START, START + 60 * SECOND, 1, 1, 1);

        assertThat(CumulativeDeltas.increment(last, last, true)).isEmpty();
        assertThat(CumulativeDeltas.increment(last, last, false)).as("a retried delta export").isEmpty();
    }

    @Test
    void a_delta_point_counts_as_it_is_and_an_empty_one_adds_nothing() {
        HistogramSample last = sample(START, START + 60 * SECOND, 1, 1, 1);
        HistogramSample delta = sample(START + 60 * SECOND, START + 120 * SECOND, 0, 4, 0);

        assertThat(CumulativeDeltas.increment(last, delta, false)).contains(delta);
        assertThat(CumulativeDeltas.increment(last, sample(START, START + 120 * SECOND, 0, 0, 0), false)).isEqualTo(Optional.empty());
    }

    private static HistogramSample sample(long start, long time, long... buckets) {
        long count = java.util.Arrays.stream(buckets).sum();
        return new HistogramSample(start, time, count, count * 0.5, buckets, BOUNDS, null, null);
    }
}
