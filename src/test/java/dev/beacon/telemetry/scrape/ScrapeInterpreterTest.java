package dev.beacon.telemetry.scrape;

import dev.beacon.telemetry.internal.ScrapeBaseline;
import dev.beacon.telemetry.rollup.Aggregate;
import dev.beacon.telemetry.rollup.Distribution;
import dev.beacon.telemetry.rollup.Gauge;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** How one scrape becomes increases, distributions and gauge readings, without a server or a database. */
class ScrapeInterpreterTest {

    static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
    static final int CONTEXT_WINDOW = 8192;

    @Test
    void the_first_scrape_is_a_baseline_that_counts_nothing_but_reads_gauges() {
        ScrapeInterpreter.Reading first = read(null, T0, """
                vllm:request_success_total{engine="0",finished_reason="stop",model_name="m"} 40
                vllm:num_requests_waiting{engine="0",model_name="m"} 3
                """);

        assertThat(first.aggregate().requests()).isZero();
        assertThat(first.aggregate().gauges().get(Gauge.QUEUE_DEPTH).last()).isEqualTo(3);
        assertThat(first.next().values()).containsEntry("vllm:request_success_total{engine=\"0\",finished_reason=\"stop\"}", 40.0);
    }

    @Test
    void counters_become_the_increase_since_the_previous_scrape() {
        ScrapeBaseline previous = read(null, T0, vllmCounters(40, 1, 1000, 300)).next();

        Aggregate added = read(previous, T0.plusSeconds(15), vllmCounters(52, 3, 1800, 420)).aggregate();

        assertThat(added.requests()).isEqualTo(14);
        assertThat(added.errors()).isEqualTo(2);
        assertThat(added.errorTypes()).containsExactly(Map.entry("server_error", 2L));
        assertThat(added.inputTokens()).isEqualTo(800);
        assertThat(added.outputTokens()).isEqualTo(120);
    }

    @Test
    void a_counter_below_its_previous_value_means_a_restart_and_counts_its_whole_value() {
        ScrapeBaseline previous = read(null, T0, vllmCounters(500, 0, 90_000, 30_000)).next();

        Aggregate added = read(previous, T0.plusSeconds(15), vllmCounters(7, 0, 1_200, 400)).aggregate();

        assertThat(added.requests()).isEqualTo(7);
        assertThat(added.inputTokens()).isEqualTo(1_200);
    }

    @Test
    void a_newer_openmetrics_created_time_means_a_restart_even_when_the_value_grew() {
        ScrapeBaseline previous = read(null, T0, """
                vllm:request_success_total{finished_reason="stop",model_name="m"} 80
                vllm:request_success_created{finished_reason="stop",model_name="m"} 1700000000
                # EOF
                """).next();

        Aggregate added = read(previous, T0.plusSeconds(15), """
                vllm:request_success_total{finished_reason="stop",model_name="m"} 90
                vllm:request_success_created{finished_reason="stop",model_name="m"} 1700000100
                # EOF
                """).aggregate();

        assertThat(added.requests()).isEqualTo(90);
    }

    @Test
    void a_series_born_after_the_previous_scrape_counts_from_zero_and_one_without_a_birth_time_is_a_baseline() {
        ScrapeBaseline previous = read(null, T0, "vllm:request_success_total{finished_reason=\"stop\",model_name=\"m\"} 10\n").next();
        long bornAfter = T0.getEpochSecond() + 5;

        Aggregate added = read(previous, T0.plusSeconds(15), """
                vllm:request_success_total{finished_reason="stop",model_name="m"} 12
                vllm:request_success_total{finished_reason="length",model_name="m"} 4
                vllm:request_success_created{finished_reason="length",model_name="m"} %d
                vllm:request_success_total{finished_reason="abort",model_name="m"} 6
                """.formatted(bornAfter)).aggregate();

        assertThat(added.requests()).isEqualTo(2 + 4);
        assertThat(added.errors()).isZero();
    }

    @Test
    void a_series_missing_from_one_answer_counts_its_whole_increase_when_it_comes_back() {
        ScrapeBaseline first = read(null, T0, vllmCounters(10, 0, 100, 10)).next();
        ScrapeInterpreter.Reading gap = read(first, T0.plusSeconds(15), "vllm:num_requests_waiting{model_name=\"m\"} 2\n");

        Aggregate back = read(gap.next(), T0.plusSeconds(30), vllmCounters(25, 0, 400, 40)).aggregate();

        assertThat(gap.aggregate().requests()).isZero();
        assertThat(back.requests()).isEqualTo(15);
        assertThat(back.inputTokens()).isEqualTo(300);
    }

    @Test
    void engines_of_one_model_are_added_up_and_cache_use_is_their_average() {
        ScrapeInterpreter.Reading reading = read(null, T0, """
                vllm:num_requests_running{engine="0",model_name="m"} 3
                vllm:num_requests_running{engine="1",model_name="m"} 5
                vllm:kv_cache_usage_perc{engine="0",model_name="m"} 0.5
                vllm:kv_cache_usage_perc{engine="1",model_name="m"} 0.7
                """);

        assertThat(reading.aggregate().gauges().get(Gauge.RUNNING_REQUESTS).last()).isEqualTo(8);
        assertThat(reading.aggregate().gauges().get(Gauge.KV_CACHE_USAGE).last()).isCloseTo(0.6, within(1e-9));
    }

    @Test
    void histogram_buckets_become_the_interval_distribution_in_milliseconds_at_each_buckets_middle() {
        ScrapeBaseline previous = read(null, T0, latencyBuckets(10, 10, 10, 10)).next();

        Aggregate added = read(previous, T0.plusSeconds(15), latencyBuckets(10, 20, 70, 110)).aggregate();

        assertThat(added.quantile(Distribution.LATENCY, 0.05).getAsDouble()).isCloseTo(400, within(400 * 0.01));
        assertThat(added.quantile(Distribution.LATENCY, 0.5).getAsDouble()).isCloseTo(650, within(650 * 0.01));
        assertThat(added.quantile(Distribution.LATENCY, 0.99).getAsDouble()).isCloseTo(900, within(900 * 0.01));
        assertThat(added.sketch(Distribution.LATENCY).getCount()).isEqualTo(100);
        assertThat(added.bucketed()).isTrue();
    }

    @Test
    void prompt_token_buckets_become_context_use_and_time_per_output_token_becomes_tokens_per_second() {
        ScrapeBaseline previous = read(null, T0, tokenHistograms(0, 0)).next();

        Aggregate added = read(previous, T0.plusSeconds(15), tokenHistograms(5, 5)).aggregate();

        assertThat(added.quantile(Distribution.CONTEXT_USE, 0.5).getAsDouble()).isCloseTo(1500.0 / CONTEXT_WINDOW, within(0.002));
        assertThat(added.quantile(Distribution.GENERATION_SPEED, 0.5).getAsDouble()).isCloseTo(1 / 0.0375, within(0.3));
    }

    @Test
    void the_current_name_wins_over_the_old_one_so_nothing_counts_twice() {
        String both = """
                vllm:kv_cache_usage_perc{model_name="m"} 0.25
                vllm:gpu_cache_usage_perc{model_name="m"} 0.25
                """;
        String onlyOld = "vllm:gpu_cache_usage_perc{model_name=\"m\"} 0.4\n";

        assertThat(read(null, T0, both).aggregate().gauges().get(Gauge.KV_CACHE_USAGE).count()).isEqualTo(1);
        assertThat(read(null, T0, onlyOld).aggregate().gauges().get(Gauge.KV_CACHE_USAGE).last()).isEqualTo(0.4);
    }

    @Test
    void tgi_counts_requests_failures_by_kind_and_tokens_from_its_histogram_sums() {
        ScrapeBaseline previous = read(null, T0, tgi(100, 2, 1, 40_000, 9_000)).next();

        Aggregate added = read(previous, T0.plusSeconds(15), tgi(130, 5, 1, 52_000, 12_000)).aggregate();

        assertThat(added.requests()).isEqualTo(30);
        assertThat(added.errorTypes()).containsExactly(Map.entry("validation", 3L));
        assertThat(added.inputTokens()).isEqualTo(12_000);
        assertThat(added.outputTokens()).isEqualTo(3_000);
        assertThat(added.gauges().get(Gauge.QUEUE_DEPTH).last()).isEqualTo(4);
    }

    @Test
    void llama_cpp_gives_tokens_and_throughput_and_its_lowercase_nan_is_no_reading() {
        ScrapeBaseline previous = read(null, T0, llamaCpp(1000, 500, 10)).next();

        ScrapeInterpreter.Reading reading = read(previous, T0.plusSeconds(15), llamaCpp(1600, 800, 14));

        assertThat(reading.aggregate().inputTokens()).isEqualTo(600);
        assertThat(reading.aggregate().outputTokens()).isEqualTo(300);
        assertThat(reading.aggregate().quantile(Distribution.GENERATION_SPEED, 0.5).getAsDouble()).isCloseTo(75, within(1.0));
        assertThat(reading.aggregate().gauges()).containsKey(Gauge.RUNNING_REQUESTS).doesNotContainKey(Gauge.KV_CACHE_USAGE);
        assertThat(reading.aggregate().requests()).isZero();
    }

    @Test
    void another_models_series_and_unknown_metrics_are_not_understood_as_this_models() {
        Exposition exposition = PrometheusText.parse("""
                vllm:request_success_total{finished_reason="stop",model_name="other"} 4
                process_cpu_seconds_total 12
                """);

        ScrapeInterpreter.Reading reading = ScrapeInterpreter.read(exposition.forModel("m"), null, T0, CONTEXT_WINDOW);

        assertThat(reading.mappedSeries()).isZero();
    }

    static ScrapeInterpreter.Reading read(ScrapeBaseline previous, Instant at, String text) {
        return ScrapeInterpreter.read(PrometheusText.parse(text).forModel("m"), previous, at, CONTEXT_WINDOW);
    }

    static String vllmCounters(int stop, int error, int prompt, int generation) {
        return """
                vllm:request_success_total{engine="0",finished_reason="stop",model_name="m"} %d
                vllm:request_success_total{engine="0",finished_reason="error",model_name="m"} %d
                vllm:prompt_tokens_total{engine="0",model_name="m"} %d
                vllm:generation_tokens_total{engine="0",model_name="m"} %d
                """.formatted(stop, error, prompt, generation);
    }

    /** Cumulative counts of vLLM's first latency buckets: le 0.3, 0.5, 0.8, 1.0 and +Inf. */
    static String latencyBuckets(int le03, int le05, int le08, int le10) {
        return """
                vllm:e2e_request_latency_seconds_bucket{le="0.3",model_name="m"} %d
                vllm:e2e_request_latency_seconds_bucket{le="0.5",model_name="m"} %d
                vllm:e2e_request_latency_seconds_bucket{le="0.8",model_name="m"} %d
                vllm:e2e_request_latency_seconds_bucket{le="1.0",model_name="m"} %d
                vllm:e2e_request_latency_seconds_bucket{le="+Inf",model_name="m"} %d
                vllm:e2e_request_latency_seconds_count{model_name="m"} %d
                vllm:e2e_request_latency_seconds_sum{model_name="m"} 0
                """.formatted(le03, le05, le08, le10, le10, le10);
    }

    static String tokenHistograms(int prompts, int requests) {
        return """
                vllm:request_prompt_tokens_bucket{le="1000.0",model_name="m"} 0
                vllm:request_prompt_tokens_bucket{le="2000.0",model_name="m"} %d
                vllm:request_prompt_tokens_bucket{le="+Inf",model_name="m"} %d
                vllm:request_time_per_output_token_seconds_bucket{le="0.025",model_name="m"} 0
                vllm:request_time_per_output_token_seconds_bucket{le="0.05",model_name="m"} %d
                vllm:request_time_per_output_token_seconds_bucket{le="+Inf",model_name="m"} %d
                """.formatted(prompts, prompts, requests, requests);
    }

    static String tgi(int requests, int validationFailures, int overloaded, int inputTokens, int outputTokens) {
        return """
                # TYPE tgi_request_count counter
                tgi_request_count %d
                # TYPE tgi_request_failure counter
                tgi_request_failure{err="validation"} %d
                tgi_request_failure{err="overloaded"} %d
                # TYPE tgi_request_input_length histogram
                tgi_request_input_length_bucket{le="+Inf"} %d
                tgi_request_input_length_sum %d
                tgi_request_input_length_count %d
                # TYPE tgi_request_generated_tokens histogram
                tgi_request_generated_tokens_bucket{le="+Inf"} %d
                tgi_request_generated_tokens_sum %d
                tgi_request_generated_tokens_count %d
                # TYPE tgi_queue_size gauge
                tgi_queue_size 4
                """.formatted(requests, validationFailures, overloaded, requests, inputTokens, requests, requests,
                outputTokens, requests);
    }

    static String llamaCpp(int promptTokens, int predicted, int predictedSeconds) {
        return """
                # TYPE llamacpp:prompt_tokens_total counter
                llamacpp:prompt_tokens_total %d
                llamacpp:tokens_predicted_total %d
                llamacpp:tokens_predicted_seconds_total %d
                llamacpp:requests_processing 1
                llamacpp:kv_cache_usage_ratio nan
                """.formatted(promptTokens, predicted, predictedSeconds);
    }
}
