package dev.beacon.telemetry.scrape;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every quirk of the Prometheus text format 0.0.4 and OpenMetrics 1.0 that model servers produce. */
class PrometheusTextTest {

    @Test
    void help_type_and_unit_lines_are_comments_and_samples_keep_name_labels_and_value() {
        Exposition exposition = PrometheusText.parse("""
                # HELP vllm:num_requests_running Number of requests in model execution batches.
                # TYPE vllm:num_requests_running gauge
                # UNIT vllm:num_requests_running requests
                vllm:num_requests_running{engine="0",model_name="llama"} 3.0
                """);

        assertThat(exposition.samples()).containsExactly(
                new Sample("vllm:num_requests_running", Map.of("engine", "0", "model_name", "llama"), 3.0, null));
        assertThat(exposition.skippedLines()).isZero();
    }

    @Test
    void labels_in_any_order_name_the_same_series() {
        Sample one = single("m{model_name=\"a\",engine=\"0\"} 1");
        Sample other = single("m{engine=\"0\",model_name=\"a\"} 1");

        assertThat(one.seriesKey()).isEqualTo(other.seriesKey()).isEqualTo("m{engine=\"0\",model_name=\"a\"}");
    }

    @Test
    void label_values_unescape_backslash_quote_and_newline_and_may_hold_commas_braces_and_hashes() {
        Sample sample = single("m{path=\"C:\\\\models\\\\llama\",quote=\"say \\\"hi\\\"\",lines=\"a\\nb\",odd=\"x,}# y\"} 1");

        assertThat(sample.labels()).containsEntry("path", "C:\\models\\llama")
                .containsEntry("quote", "say \"hi\"")
                .containsEntry("lines", "a\nb")
                .containsEntry("odd", "x,}# y");
    }

    @Test
    void infinities_and_not_a_number_are_read_in_every_spelling_servers_use() {
        assertThat(single("m{le=\"+Inf\"} +Inf").value()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(single("m -Inf").value()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(single("m NaN").value()).isNaN();
        assertThat(single("llamacpp:kv_cache_usage_ratio nan").value()).isNaN();
        assertThat(single("m Inf").value()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(single("m 1.5e-3").value()).isEqualTo(0.0015);
    }

    @Test
    void java_only_number_spellings_are_not_numbers() {
        Exposition exposition = PrometheusText.parse("a 1d\nb 0x10\nc 2f\nd 4\n");

        assertThat(exposition.samples()).extracting(Sample::name).containsExactly("d");
        assertThat(exposition.skippedLines()).isEqualTo(3);
    }

    @Test
    void timestamps_are_read_in_milliseconds_and_in_openmetrics_seconds() {
        assertThat(single("m{a=\"1\"} 7 1712345678000").timestamp()).isEqualTo(1712345678000.0);
        assertThat(single("m_total 7 1712345678.125").timestamp()).isEqualTo(1712345678.125);
    }

    @Test
    void exemplars_after_a_sample_are_ignored() {
        Sample sample = single("vllm:e2e_request_latency_seconds_bucket{le=\"0.5\"} 3 # {trace_id=\"4bf92f35\"} 0.41 1712345678.0");

        assertThat(sample.value()).isEqualTo(3);
        assertThat(sample.labels()).containsOnlyKeys("le");
    }

    @Test
    void nothing_after_the_openmetrics_eof_marker_is_read() {
        Exposition exposition = PrometheusText.parse("""
                # TYPE requests counter
                requests_total 5
                requests_created 1712345678.0
                # EOF
                requests_total 9
                """);

        assertThat(exposition.samples()).extracting(Sample::name, Sample::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("requests_total", 5.0),
                        org.assertj.core.groups.Tuple.tuple("requests_created", 1712345678.0));
    }

    @Test
    void broken_lines_are_skipped_and_counted_while_the_rest_is_read() {
        Exposition exposition = PrometheusText.parse("""
                good 1
                no_value
                bad{label="unterminated} 2
                bad{label=unquoted} 3
                9starts_with_a_digit 4
                good_too{a="1",} 5
                trailing 6 1700000000000 extra
                """);

        assertThat(exposition.samples()).extracting(Sample::name).containsExactly("good", "good_too");
        assertThat(exposition.skippedLines()).isEqualTo(5);
    }

    @Test
    void windows_line_endings_and_blank_lines_do_not_matter() {
        Exposition exposition = PrometheusText.parse("# TYPE a gauge\r\na 1\r\n\r\n   \r\nb{x=\"y\"} 2\r\n");

        assertThat(exposition.samples()).extracting(Sample::name, Sample::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", 1.0), org.assertj.core.groups.Tuple.tuple("b", 2.0));
    }

    @Test
    void quoted_metric_names_of_prometheus_3_are_read() {
        Sample sample = single("{\"vllm:num_requests_waiting\", model_name=\"llama\"} 4");

        assertThat(sample.name()).isEqualTo("vllm:num_requests_waiting");
        assertThat(sample.labels()).containsExactly(Map.entry("model_name", "llama"));
    }

    @Test
    void a_model_gets_the_samples_labelled_with_its_served_name_and_the_unlabelled_ones() {
        Exposition exposition = PrometheusText.parse("""
                vllm:num_requests_waiting{engine="0",model_name="llama"} 1
                vllm:num_requests_waiting{engine="0",model_name="qwen"} 2
                process_open_fds 40
                """);

        assertThat(exposition.forModel("llama")).extracting(Sample::seriesKey)
                .containsExactly("vllm:num_requests_waiting{engine=\"0\"}", "process_open_fds");
        assertThat(exposition.modelNames()).containsExactly("llama", "qwen");
    }

    private static Sample single(String line) {
        Exposition exposition = PrometheusText.parse(line + "\n");
        assertThat(exposition.samples()).as("samples of %s", line).hasSize(1);
        return exposition.samples().getFirst();
    }
}
