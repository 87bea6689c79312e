package dev.beacon.telemetry.rollup;

import dev.beacon.telemetry.ProbeState;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AggregateTest {

    @Test
    void percentiles_of_log_normal_latencies_are_within_one_percent_of_the_exact_values() {
        Random random = new Random(7);
        double[] latencies = new double[50_000];
        Aggregate aggregate = new Aggregate();
        for (int i = 0; i < latencies.length; i++) {
            latencies[i] = Math.exp(6 + 0.8 * random.nextGaussian());
            aggregate.addRequest(latencies[i], null, 100, 50, null, 8192);
        }
        Arrays.sort(latencies);
        for (double q : new double[]{0.5, 0.95, 0.99}) {
            double exact = latencies[(int) Math.ceil(q * latencies.length) - 1];
            assertThat(aggregate.quantile(Distribution.LATENCY, q).orElseThrow()).isCloseTo(exact, within(exact * 0.01));
        }
    }

    @Test
    void merged_aggregates_equal_one_aggregate_of_all_the_values() {
        Aggregate first = new Aggregate();
        Aggregate second = new Aggregate();
        Aggregate both = new Aggregate();
        Random random = new Random(11);
        for (int i = 0; i < 10_000; i++) {
            double latency = 50 + random.nextDouble() * 5_000;
            String error = i % 50 == 0 ? "timeout" : null;
            (i % 2 == 0 ? first : second).addRequest(latency, latency / 10, 300, 80, error, 4096);
            both.addRequest(latency, latency / 10, 300, 80, error, 4096);
        }
        first.merge(second);

        assertThat(first.requests()).isEqualTo(10_000);
        assertThat(first.errors()).isEqualTo(200);
        assertThat(first.errorTypes()).containsEntry("timeout", 200L);
        assertThat(first.inputTokens()).isEqualTo(3_000_000);
        for (Distribution distribution : new Distribution[]{Distribution.LATENCY, Distribution.TTFT, Distribution.ITL}) {
            assertThat(first.quantile(distribution, 0.95)).isEqualTo(both.quantile(distribution, 0.95));
        }
    }

    @Test
    void an_encoded_sketch_decodes_to_the_same_quantiles() {
        Aggregate aggregate = new Aggregate();
        for (int i = 1; i <= 1_000; i++) {
            aggregate.add(Distribution.TTFT, i);
        }
        var decoded = Sketches.decode(Sketches.encode(aggregate.sketch(Distribution.TTFT)));

        assertThat(decoded.getValueAtQuantile(0.99)).isEqualTo(aggregate.quantile(Distribution.TTFT, 0.99).orElseThrow());
        assertThat(decoded.getCount()).isEqualTo(1_000);
    }

    @Test
    void derived_distributions_come_from_latency_time_to_first_token_and_tokens() {
        Aggregate aggregate = new Aggregate();
        aggregate.addRequest(1_100, 100.0, 2_048, 101, null, 8_192);

        assertThat(aggregate.quantile(Distribution.ITL, 0.5).orElseThrow()).isCloseTo(10, within(0.1));
        assertThat(aggregate.quantile(Distribution.GENERATION_SPEED, 0.5).orElseThrow()).isCloseTo(91.8, within(1.0));
        assertThat(aggregate.quantile(Distribution.CONTEXT_USE, 0.5).orElseThrow()).isCloseTo(0.25, within(0.003));
    }

    @Test
    void gauges_keep_the_latest_reading_whatever_order_they_are_merged_in() {
        Aggregate early = new Aggregate();
        early.addGauge(Gauge.QUEUE_DEPTH, 9, 1_000);
        Aggregate late = new Aggregate();
        late.addGauge(Gauge.QUEUE_DEPTH, 2, 2_000);
        late.merge(early);

        Stats stats = late.gauges().get(Gauge.QUEUE_DEPTH);
        assertThat(stats.last()).isEqualTo(2);
        assertThat(stats.max()).isEqualTo(9);
        assertThat(stats.average()).isEqualTo(5.5);
    }

    @Test
    void probes_count_by_outcome_and_an_empty_aggregate_says_so() {
        Aggregate aggregate = new Aggregate();
        assertThat(aggregate.isEmpty()).isTrue();
        aggregate.addProbe(ProbeState.UP);
        aggregate.addProbe(ProbeState.STARTING);

        assertThat(aggregate.isEmpty()).isFalse();
        assertThat(aggregate.probesUp()).isEqualTo(1);
        assertThat(aggregate.probesStarting()).isEqualTo(1);
    }
}
