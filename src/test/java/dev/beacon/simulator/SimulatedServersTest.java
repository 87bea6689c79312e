package dev.beacon.simulator;

import dev.beacon.MutableClock;
import dev.beacon.registry.ModelRuntime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static dev.beacon.simulator.SimulatedFleet.get;
import static dev.beacon.simulator.SimulatedFleet.metrics;
import static dev.beacon.simulator.SimulatedFleet.model;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulated servers answer in the exact format of their runtime: metric names, label names, bucket
 * boundaries, number styles and JSON shapes of vLLM, TGI, llama.cpp, Ollama and an OpenAI-compatible gateway.
 */
class SimulatedServersTest {

    static final String LLAMA = "meta-llama/Llama-3.1-70B-Instruct";

    final MutableClock clock = new MutableClock(Clock.fixed(Instant.parse("2026-03-10T14:00:00Z"), ZoneOffset.UTC));
    Simulator simulator;

    @BeforeEach
    void fiveMinutesOfTraffic() {
        simulator = new Simulator(List.of(model("vllm", ModelRuntime.VLLM, LLAMA),
                model("tgi", ModelRuntime.TGI, "mistralai/Mixtral-8x7B-Instruct-v0.1"),
                model("llama.cpp", ModelRuntime.LLAMA_CPP, "phi-3-mini-4k-instruct-q4_k_m.gguf"),
                model("ollama", ModelRuntime.OLLAMA, "mistral:7b-instruct"),
                model("gateway", ModelRuntime.OPENAI_COMPATIBLE, "support-assistant")), List.of(), clock, 42);
        simulator.start();
        clock.advance(Duration.ofMinutes(5));
        simulator.advanceTo(clock.instant());
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void vllm_metrics_carry_vllms_names_labels_and_bucket_boundaries() {
        ExpositionSamples vllm = metrics(simulator, "vllm");

        assertThat(vllm.samples()).filteredOn(sample -> !sample.name().equals("vllm:cache_config_info"))
                .allSatisfy(sample -> assertThat(sample.labels()).containsEntry("model_name", LLAMA).containsEntry("engine", "0"));
        assertThat(vllm.comments()).contains("# TYPE vllm:prompt_tokens_total counter",
                "# TYPE vllm:e2e_request_latency_seconds histogram", "# TYPE vllm:kv_cache_usage_perc gauge",
                "# TYPE vllm:request_success_created gauge");
        assertThat(vllm.named("vllm:request_success_total")).extracting(sample -> sample.labels().get("finished_reason"))
                .containsExactly("stop", "length", "abort", "error", "repetition");
        assertThat(vllm.bucketBounds("vllm:e2e_request_latency_seconds")).containsExactly("0.3", "0.5", "0.8", "1.0", "1.5",
                "2.0", "2.5", "5.0", "10.0", "15.0", "20.0", "30.0", "40.0", "50.0", "60.0", "120.0", "240.0", "480.0",
                "960.0", "1920.0", "7680.0", "+Inf");
        assertThat(vllm.bucketBounds("vllm:time_to_first_token_seconds")).containsExactly("0.001", "0.005", "0.01", "0.02",
                "0.04", "0.06", "0.08", "0.1", "0.25", "0.5", "0.75", "1.0", "2.5", "5.0", "7.5", "10.0", "20.0", "40.0",
                "80.0", "160.0", "640.0", "2560.0", "+Inf");
        List<String> perToken = List.of("0.01", "0.025", "0.05", "0.075", "0.1", "0.15", "0.2", "0.3", "0.4", "0.5", "0.75",
                "1.0", "2.5", "5.0", "7.5", "10.0", "20.0", "40.0", "80.0", "+Inf");
        assertThat(vllm.bucketBounds("vllm:inter_token_latency_seconds")).isEqualTo(perToken);
        assertThat(vllm.bucketBounds("vllm:request_time_per_output_token_seconds")).isEqualTo(perToken);
        assertThat(vllm.bucketBounds("vllm:request_queue_time_seconds")).hasSize(22);
        assertThat(vllm.bucketBounds("vllm:request_prompt_tokens")).containsExactly("1.0", "2.0", "5.0", "10.0", "20.0", "50.0",
                "100.0", "200.0", "500.0", "1000.0", "2000.0", "5000.0", "10000.0", "20000.0", "+Inf");
        for (String gauge : List.of("vllm:num_requests_running", "vllm:num_requests_waiting", "vllm:kv_cache_usage_perc",
                "vllm:num_preemptions_total", "vllm:generation_tokens_total", "vllm:e2e_request_latency_seconds_created")) {
            assertThat(vllm.named(gauge)).as(gauge).hasSize(1);
        }
    }

    @Test
    void vllms_figures_agree_with_each_other_as_a_real_servers_do() {
        ExpositionSamples vllm = metrics(simulator, "vllm");

        double finished = vllm.sum("vllm:request_success_total");
        assertThat(finished).as("five busy minutes").isGreaterThan(300);
        assertThat(vllm.value("vllm:e2e_request_latency_seconds_count")).isEqualTo(finished);
        assertThat(vllm.named("vllm:e2e_request_latency_seconds_bucket").getLast().value()).isEqualTo(finished);
        assertThat(vllm.value("vllm:request_prompt_tokens_sum")).isEqualTo(vllm.value("vllm:prompt_tokens_total"));
        assertThat(vllm.value("vllm:request_generation_tokens_sum")).isEqualTo(vllm.value("vllm:generation_tokens_total"));
        double generated = vllm.value("vllm:generation_tokens_total");
        double decoding = vllm.value("vllm:request_time_per_output_token_seconds_count");
        assertThat(vllm.value("vllm:inter_token_latency_seconds_count")).as("one gap between every two tokens of a request")
                .isBetween(generated - decoding - finished, generated - decoding);
        double meanSeconds = vllm.value("vllm:e2e_request_latency_seconds_sum") / finished;
        assertThat(meanSeconds).as("about 150 tokens at 20 ms plus prefill").isBetween(2.0, 8.0);
    }

    @Test
    void tgi_metrics_are_unlabelled_counters_without_total_and_tgis_own_buckets() {
        ExpositionSamples tgi = metrics(simulator, "tgi");

        assertThat(tgi.comments()).contains("# TYPE tgi_request_count counter", "# TYPE tgi_request_duration histogram",
                "# TYPE tgi_queue_size gauge");
        assertThat(tgi.comments()).noneMatch(comment -> comment.startsWith("# HELP"));
        assertThat(tgi.samples()).noneMatch(sample -> sample.name().endsWith("_total"));
        assertThat(tgi.named("tgi_request_count").getFirst().text()).as("Rust prints whole numbers bare").doesNotContain(".");
        assertThat(tgi.value("tgi_request_count")).isEqualTo(tgi.value("tgi_request_success") + tgi.sum("tgi_request_failure"));
        assertThat(tgi.named("tgi_request_failure")).allSatisfy(sample -> assertThat(sample.labels()).containsOnlyKeys("err"));
        List<String> durations = tgi.bucketBounds("tgi_request_duration");
        assertThat(durations).hasSize(36).startsWith("0.00015000000000000001", "0.00022500000000000002", "0.0003375")
                .endsWith("97.07397373664756", "145.61096060497135", "+Inf");
        assertThat(tgi.bucketBounds("tgi_request_input_length")).as("hundredths of max_input_tokens, 32768 - 1024")
                .hasSize(101).startsWith("317.44", "634.88", "952.3199999999999").endsWith("31744", "+Inf");
        assertThat(tgi.samples()).as("no model label: one model per TGI server")
                .allSatisfy(sample -> assertThat(sample.labels().keySet()).isSubsetOf("le", "err"));
    }

    @Test
    void llama_cpp_metrics_are_unlabelled_llamacpp_samples_and_its_throughput_covers_the_time_since_the_last_read() {
        HttpResponse<String> first = get(simulator, "llama.cpp", "/metrics");
        ExpositionSamples llama = ExpositionSamples.parse(first.body());
        ExpositionSamples again = metrics(simulator, "llama.cpp");

        assertThat(first.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4");
        assertThat(llama.samples()).extracting(ExpositionSamples.Sample::name).containsExactly("llamacpp:prompt_tokens_total",
                "llamacpp:prompt_seconds_total", "llamacpp:tokens_predicted_total", "llamacpp:tokens_predicted_seconds_total",
                "llamacpp:n_decode_total", "llamacpp:n_busy_slots_per_decode", "llamacpp:prompt_tokens_seconds",
                "llamacpp:predicted_tokens_seconds", "llamacpp:kv_cache_usage_ratio", "llamacpp:kv_cache_tokens",
                "llamacpp:requests_processing", "llamacpp:requests_deferred");
        assertThat(llama.samples()).allSatisfy(sample -> assertThat(sample.labels()).isEmpty());
        assertThat(llama.comments()).contains("# TYPE llamacpp:prompt_tokens_total counter",
                "# HELP llamacpp:prompt_tokens_total Number of prompt tokens processed.", "# TYPE llamacpp:requests_deferred gauge");
        assertThat(llama.value("llamacpp:tokens_predicted_total")).isPositive();
        assertThat(llama.value("llamacpp:predicted_tokens_seconds")).isPositive();
        assertThat(again.value("llamacpp:predicted_tokens_seconds")).as("nothing happened since the first read").isZero();
        assertThat(again.value("llamacpp:tokens_predicted_total")).isEqualTo(llama.value("llamacpp:tokens_predicted_total"));
    }

    @Test
    void health_and_model_lists_answer_as_each_runtime_does() {
        assertThat(get(simulator, "vllm", "/health").statusCode()).isEqualTo(200);
        assertThat(get(simulator, "vllm", "/health").body()).isEmpty();
        assertThat(get(simulator, "vllm", "/v1/models").body()).contains("\"id\":\"" + LLAMA + "\"", "\"owned_by\":\"vllm\"",
                "\"max_model_len\":32768");
        assertThat(get(simulator, "vllm", "/nothing").statusCode()).isEqualTo(404);
        assertThat(get(simulator, "tgi", "/health").statusCode()).isEqualTo(200);
        assertThat(get(simulator, "tgi", "/info").body()).contains("\"model_id\":\"mistralai/Mixtral-8x7B-Instruct-v0.1\"",
                "\"max_total_tokens\":32768", "\"router\":\"text-generation-router\"");
        assertThat(get(simulator, "llama.cpp", "/health").body()).isEqualTo("{\"status\":\"ok\"}");
        assertThat(get(simulator, "ollama", "/api/version").body()).matches("\\{\"version\":\"\\d+\\.\\d+\\.\\d+\"}");
        assertThat(get(simulator, "ollama", "/api/tags").body()).contains("\"name\":\"mistral:7b-instruct\"", "\"parameter_size\":\"7B\"");
        assertThat(get(simulator, "ollama", "/api/ps").body()).as("loaded: it had requests in the last five minutes")
                .contains("\"name\":\"mistral:7b-instruct\"", "\"context_length\":32768", "\"expires_at\":");
        assertThat(get(simulator, "gateway", "/v1/models").body()).contains("\"object\":\"list\"", "\"id\":\"support-assistant\"");
    }

    @Test
    void a_server_whose_port_is_taken_is_left_out_and_the_others_run() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            SimulatedModel blocked = new SimulatedModel("blocked", ModelRuntime.VLLM, LLAMA, taken.getLocalPort(), 8192, 512,
                    0.7, SimulatedFleet.BUSY);
            try (Simulator fleet = new Simulator(List.of(blocked, model("free", ModelRuntime.TGI, "tgi-model")), List.of(), clock, 1)) {
                assertThat(fleet.start()).extracting(SimulatedModel::name).containsExactly("free");
                assertThat(get(fleet, "free", "/health").statusCode()).isEqualTo(200);
            }
        }
    }
}
