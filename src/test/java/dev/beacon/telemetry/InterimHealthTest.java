package dev.beacon.telemetry;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule of the interim health, and where its thresholds lie. */
class InterimHealthTest {

    static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    static final Duration EVERY_30_S = Duration.ofSeconds(30);

    @Test
    void a_recent_probe_that_found_the_server_down_is_critical_even_with_healthy_requests() {
        HealthVerdict verdict = assess(probed(ProbeState.DOWN, 20), 500, 0);

        assertThat(verdict.health()).isEqualTo(ModelHealth.CRITICAL);
        assertThat(verdict.reason()).isEqualTo("The last health probe found the server down");
    }

    @Test
    void a_fifth_of_enough_requests_failing_is_critical_although_the_probe_says_up() {
        HealthVerdict verdict = assess(probed(ProbeState.UP, 10), 100, 20);

        assertThat(verdict.health()).isEqualTo(ModelHealth.CRITICAL);
        assertThat(verdict.reason()).isEqualTo("20 % of 100 requests failed in the last 15 minutes");
    }

    @Test
    void just_under_a_fifth_failing_is_a_warning_not_critical() {
        assertThat(assess(probed(ProbeState.UP, 10), 100, 19).health()).isEqualTo(ModelHealth.WARNING);
    }

    @Test
    void too_few_requests_are_never_critical_however_many_fail() {
        HealthVerdict verdict = assess(notProbed(), InterimHealth.MIN_REQUESTS_FOR_CRITICAL - 1, 19);

        assertThat(verdict.health()).isEqualTo(ModelHealth.WARNING);
        assertThat(verdict.reason()).isEqualTo("100 % of 19 requests failed in the last 15 minutes");
    }

    @Test
    void exactly_the_minimum_of_requests_can_be_critical() {
        assertThat(assess(notProbed(), InterimHealth.MIN_REQUESTS_FOR_CRITICAL, 4).health()).isEqualTo(ModelHealth.CRITICAL);
    }

    @Test
    void a_server_still_loading_its_model_is_a_warning() {
        HealthVerdict verdict = assess(probed(ProbeState.STARTING, 5), 0, 0);

        assertThat(verdict.health()).isEqualTo(ModelHealth.WARNING);
        assertThat(verdict.reason()).isEqualTo("The server is still starting: it is loading the model");
    }

    @Test
    void five_percent_of_requests_failing_is_a_warning_and_just_under_is_good() {
        HealthVerdict five = assess(probed(ProbeState.UP, 10), 200, 10);
        HealthVerdict underFive = assess(probed(ProbeState.UP, 10), 201, 10);

        assertThat(five.health()).isEqualTo(ModelHealth.WARNING);
        assertThat(five.reason()).isEqualTo("5.0 % of 200 requests failed in the last 15 minutes");
        assertThat(underFive.health()).isEqualTo(ModelHealth.GOOD);
    }

    @Test
    void a_probe_older_than_three_intervals_is_stale_and_a_warning() {
        HealthVerdict verdict = assess(probed(ProbeState.UP, 91), 0, 0);

        assertThat(verdict.health()).isEqualTo(ModelHealth.WARNING);
        assertThat(verdict.reason()).isEqualTo("No health probe for 91 s although the server is probed every 30 s");
        assertThat(assess(probed(ProbeState.UP, 600), 0, 0).reason()).startsWith("No health probe for 10 min");
    }

    @Test
    void a_probe_exactly_three_intervals_old_still_counts() {
        assertThat(assess(probed(ProbeState.UP, 90), 0, 0).health()).isEqualTo(ModelHealth.GOOD);
    }

    @Test
    void a_stale_probe_that_found_the_server_down_is_no_longer_believed() {
        HealthVerdict verdict = assess(probed(ProbeState.DOWN, 3_600), 100, 0);

        assertThat(verdict.health()).isEqualTo(ModelHealth.WARNING);
        assertThat(verdict.reason()).startsWith("No health probe for 60 min");
    }

    @Test
    void a_recent_probe_that_found_the_server_up_is_good() {
        HealthVerdict verdict = assess(probed(ProbeState.UP, 10), 0, 0);

        assertThat(verdict.health()).isEqualTo(ModelHealth.GOOD);
        assertThat(verdict.reason()).isEqualTo("The last health probe found the server up");
    }

    @Test
    void without_probes_a_model_serving_requests_is_good() {
        HealthVerdict clean = assess(notProbed(), 42, 0);
        HealthVerdict fewErrors = assess(notProbed(), 1000, 12);

        assertThat(clean.health()).isEqualTo(ModelHealth.GOOD);
        assertThat(clean.reason()).isEqualTo("42 requests in the last 15 minutes, none failed");
        assertThat(fewErrors.health()).isEqualTo(ModelHealth.GOOD);
        assertThat(fewErrors.reason()).isEqualTo("1000 requests in the last 15 minutes, 1.2 % failed");
    }

    @Test
    void with_probing_switched_off_an_old_down_probe_is_ignored() {
        HealthSignals signals = new HealthSignals(false, EVERY_30_S, ProbeState.DOWN, NOW.minusSeconds(5), 42, 0, NOW);

        assertThat(InterimHealth.assess(signals).health()).isEqualTo(ModelHealth.GOOD);
    }

    @Test
    void a_model_without_probes_or_requests_is_unknown_and_says_why() {
        HealthVerdict neverProbed = assess(notProbed(), 0, 0);
        HealthVerdict probingOff = InterimHealth.assess(new HealthSignals(false, EVERY_30_S, null, null, 0, 0, NOW));

        assertThat(neverProbed.health()).isEqualTo(ModelHealth.UNKNOWN);
        assertThat(neverProbed.reason()).isEqualTo("No health probe yet and no requests in the last 15 minutes");
        assertThat(probingOff.health()).isEqualTo(ModelHealth.UNKNOWN);
        assertThat(probingOff.reason()).isEqualTo("No requests in the last 15 minutes, and health probes are off");
    }

    @Test
    void health_is_ordered_worst_first() {
        assertThat(ModelHealth.values()).containsExactly(ModelHealth.CRITICAL, ModelHealth.WARNING, ModelHealth.UNKNOWN,
                ModelHealth.GOOD);
    }

    private record Probe(ProbeState state, Instant at) {
    }

    private static Probe probed(ProbeState state, long secondsAgo) {
        return new Probe(state, NOW.minusSeconds(secondsAgo));
    }

    private static Probe notProbed() {
        return new Probe(null, null);
    }

    private static HealthVerdict assess(Probe probe, long requests, long errors) {
        return InterimHealth.assess(new HealthSignals(true, EVERY_30_S, probe.state(), probe.at(), requests, errors, NOW));
    }
}
