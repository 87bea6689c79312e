package dev.beacon.simulator;

import dev.beacon.MutableClock;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.simulator.traffic.SimRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static dev.beacon.simulator.SimulatedFleet.get;
import static dev.beacon.simulator.SimulatedFleet.metrics;
import static dev.beacon.simulator.SimulatedFleet.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Degradations change what the simulated servers answer and report, on demand and on schedule. */
class DegradationsTest {

    static final Instant START = Instant.parse("2026-03-10T14:00:00Z");

    final MutableClock clock = new MutableClock(Clock.fixed(START, ZoneOffset.UTC));
    Simulator simulator;

    @BeforeEach
    void start() {
        simulator = new Simulator(List.of(model("vllm", ModelRuntime.VLLM, "vllm-model"), model("tgi", ModelRuntime.TGI, "tgi-model"),
                model("gateway", ModelRuntime.OPENAI_COMPATIBLE, "gateway-model"),
                model("llama.cpp", ModelRuntime.LLAMA_CPP, "model.gguf")),
                List.of(new ScheduledDegradation("llama.cpp", Degradation.LOADING, null, Duration.ZERO, Duration.ofMinutes(3))),
                clock, 7);
        simulator.start();
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void a_latency_spike_makes_the_requests_of_its_minutes_several_times_slower() {
        double normal = meanLatencySeconds(Duration.ofMinutes(4));
        ExpositionSamples calm = metrics(simulator, "vllm");
        simulator.degrade("vllm", Degradation.LATENCY_SPIKE, Duration.ofMinutes(4));
        double spiked = meanLatencySeconds(Duration.ofMinutes(4));
        ExpositionSamples strained = metrics(simulator, "vllm");
        double after = meanLatencySeconds(Duration.ofMinutes(4));

        assertThat(spiked).isGreaterThan(2.5 * normal);
        assertThat(after).isLessThan(1.5 * normal);
        assertThat(strained.value("vllm:num_requests_waiting")).isGreaterThan(calm.value("vllm:num_requests_waiting"));
        assertThat(strained.value("vllm:kv_cache_usage_perc")).isGreaterThan(calm.value("vllm:kv_cache_usage_perc"));
    }

    @Test
    void an_error_burst_fails_about_a_third_of_the_requests_as_rate_limited_or_server_errors() {
        double normal = failedShare(Duration.ofMinutes(3));
        simulator.degrade("gateway", Degradation.ERROR_BURST, Duration.ofMinutes(3));
        List<SimRequest> burst = advance(Duration.ofMinutes(3), "gateway");

        assertThat(normal).isLessThan(0.05);
        assertThat(burst.stream().filter(SimRequest::failed).count()).isBetween(burst.size() / 5L, burst.size() / 2L);
        assertThat(burst).filteredOn(SimRequest::failed).extracting(SimRequest::errorType)
                .contains("rate_limited", "server_error");
    }

    @Test
    void an_outage_refuses_connections_and_the_server_comes_back_as_a_fresh_process() {
        advance(Duration.ofMinutes(2), "gateway");
        double before = metrics(simulator, "tgi").value("tgi_request_count");

        simulator.degrade("tgi", Degradation.OUTAGE, Duration.ofMinutes(2));
        assertThat(simulator.degradations("tgi")).containsExactly(Degradation.OUTAGE);
        assertThatThrownBy(() -> get(simulator, "tgi", "/health")).hasCauseInstanceOf(ConnectException.class);
        List<SimRequest> refused = advance(Duration.ofMinutes(2), "gateway");
        advance(Duration.ofSeconds(30), "gateway");

        assertThat(get(simulator, "tgi", "/health").statusCode()).isEqualTo(200);
        assertThat(metrics(simulator, "tgi").value("tgi_request_count")).as("counters start again from zero")
                .isPositive().isLessThan(before / 2);
        assertThat(refused).isNotEmpty();
    }

    @Test
    void llama_cpp_answers_503_loading_model_until_its_model_is_loaded() {
        var loading = get(simulator, "llama.cpp", "/health");
        var metricsWhileLoading = get(simulator, "llama.cpp", "/metrics");
        advance(Duration.ofMinutes(3), "gateway");

        assertThat(loading.statusCode()).isEqualTo(503);
        assertThat(loading.body()).contains("\"message\":\"Loading model\"");
        assertThat(metricsWhileLoading.statusCode()).isEqualTo(503);
        assertThat(get(simulator, "llama.cpp", "/health").statusCode()).isEqualTo(200);
        assertThat(metrics(simulator, "llama.cpp").value("llamacpp:tokens_predicted_total")).as("no requests while loading")
                .isZero();
    }

    @Test
    void a_recurring_degradation_runs_at_its_wall_clock_minutes_and_a_one_off_after_the_start() {
        ScheduledDegradation spike = new ScheduledDegradation("m", Degradation.LATENCY_SPIKE, Duration.ofMinutes(20),
                Duration.ofMinutes(5), Duration.ofMinutes(4));
        ScheduledDegradation loading = new ScheduledDegradation("m", Degradation.LOADING, null, Duration.ZERO, Duration.ofMinutes(3));
        Instant hour = Instant.parse("2026-03-10T09:00:00Z");

        assertThat(List.of("09:04:59", "09:05:00", "09:08:59", "09:09:00", "09:25:30", "09:45:00", "09:50:00"))
                .map(time -> spike.activeAt(Instant.parse("2026-03-10T" + time + "Z"), hour))
                .containsExactly(false, true, true, false, true, true, false);
        assertThat(loading.activeAt(hour.plusSeconds(179), hour)).isTrue();
        assertThat(loading.activeAt(hour.plusSeconds(180), hour)).isFalse();
    }

    private double meanLatencySeconds(Duration window) {
        ExpositionSamples before = metrics(simulator, "vllm");
        advance(window, "gateway");
        ExpositionSamples after = metrics(simulator, "vllm");
        double seconds = after.value("vllm:e2e_request_latency_seconds_sum") - before.value("vllm:e2e_request_latency_seconds_sum");
        return seconds / (after.value("vllm:e2e_request_latency_seconds_count") - before.value("vllm:e2e_request_latency_seconds_count"));
    }

    private double failedShare(Duration window) {
        List<SimRequest> requests = advance(window, "gateway");
        return (double) requests.stream().filter(SimRequest::failed).count() / requests.size();
    }

    /** Moves time on in seconds, as the demo's ticker does, and returns the requests the model's clients saw. */
    private List<SimRequest> advance(Duration duration, String reportedModel) {
        Instant end = clock.instant().plus(duration);
        while (clock.instant().isBefore(end)) {
            clock.advance(Duration.ofSeconds(1));
            simulator.advanceTo(clock.instant());
        }
        return simulator.takeReported(reportedModel);
    }
}
