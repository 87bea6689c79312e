package dev.beacon.telemetry.otlp;

import dev.beacon.telemetry.otlp.GenAiConventions.MetricRole;
import dev.beacon.telemetry.rollup.Aggregate;
import dev.beacon.telemetry.rollup.Distribution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HistogramAggregationTest {

    private static final double[] BOUNDS = {0.1, 0.5, 2.0};

    @Test
    void each_bucket_stands_for_its_middle_and_the_open_buckets_for_zero_or_the_points_extremes() {
        HistogramSample withExtremes = new HistogramSample(0, 1, 4, 9.0, new long[]{1, 1, 1, 1}, BOUNDS, 0.04, 7.5);
        HistogramSample without = new HistogramSample(0, 1, 4, 9.0, new long[]{1, 1, 1, 1}, BOUNDS, null, null);

        assertThat(HistogramAggregation.representative(withExtremes, 0)).isEqualTo(0.07);
        assertThat(HistogramAggregation.representative(without, 0)).isEqualTo(0.05);
        assertThat(HistogramAggregation.representative(without, 1)).isEqualTo(0.3);
        assertThat(HistogramAggregation.representative(withExtremes, 3)).isEqualTo(7.5);
        assertThat(HistogramAggregation.representative(without, 3)).isEqualTo(2.0);
    }

    @Test
    void a_duration_histogram_in_seconds_counts_requests_and_errors_and_fills_the_latency_sketch_in_ms() {
        Aggregate aggregate = new Aggregate();
        HistogramSample sample = new HistogramSample(0, 1, 10, 3.0, new long[]{0, 10, 0, 0}, BOUNDS, null, null);

        HistogramAggregation.add(aggregate, MetricRole.REQUEST_DURATION, "s", sample, "timeout", null, 8192);

        assertThat(aggregate.requests()).isEqualTo(10);
        assertThat(aggregate.errorTypes()).containsEntry("timeout", 10L);
        assertThat(aggregate.quantile(Distribution.LATENCY, 0.5).orElseThrow()).isCloseTo(300, within(3.0));
        assertThat(aggregate.bucketed()).isTrue();
    }

    @Test
    void token_usage_adds_input_and_output_sums_and_the_context_use_of_inputs() {
        Aggregate aggregate = new Aggregate();
        double[] tokenBounds = {1000, 3000};

        HistogramAggregation.add(aggregate, MetricRole.TOKEN_USAGE, "{token}",
                new HistogramSample(0, 1, 2, 4200.0, new long[]{0, 2, 0}, tokenBounds, null, null), null, "input", 4000);
        HistogramAggregation.add(aggregate, MetricRole.TOKEN_USAGE, "{token}",
                new HistogramSample(0, 1, 2, 600.0, new long[]{2, 0, 0}, tokenBounds, null, null), null, "completion", 4000);

        assertThat(aggregate.inputTokens()).isEqualTo(4200);
        assertThat(aggregate.outputTokens()).isEqualTo(600);
        assertThat(aggregate.requests()).as("token usage counts no requests").isZero();
        assertThat(aggregate.quantile(Distribution.CONTEXT_USE, 0.5).orElseThrow()).isCloseTo(0.5, within(0.005));
    }
}
