package dev.beacon.telemetry.scrape;

import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.RecordCopy;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelCredentials;
import dev.beacon.registry.ModelData;
import dev.beacon.registry.ModelDirectory;
import dev.beacon.registry.ModelEntry;
import dev.beacon.registry.ModelMonitoring;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.security.Team;
import dev.beacon.telemetry.FakeModelServer;
import dev.beacon.telemetry.MonitorCheck;
import dev.beacon.telemetry.TelemetryOverviewService;
import dev.beacon.telemetry.TelemetryQueryService;
import dev.beacon.telemetry.TelemetrySummary;
import dev.beacon.telemetry.rollup.RollupJob;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Scrapes of real HTTP servers that speak vLLM, TGI and llama.cpp, up to the figures people read. */
@IntegrationTest
class ScrapeServiceTest {

    static final String LLAMA = "meta-llama/Llama-3.1-8B-Instruct";
    static final String QWEN = "Qwen/Qwen2.5-7B-Instruct";

    @Autowired
    TestFixtures fixtures;
    @Autowired
    ScrapeService scrapes;
    @Autowired
    ModelDirectory directory;
    @Autowired
    RollupJob rollups;
    @Autowired
    TelemetryQueryService queries;
    @Autowired
    TelemetryOverviewService overviews;
    @Autowired
    MutableClock clock;
    @Autowired
    ModelCredentials credentials;

    Team team;

    @BeforeEach
    void aTeam() {
        team = fixtures.team("scrape");
    }

    @Test
    void vllm_requests_are_counted_exactly_and_latency_percentiles_lie_in_their_buckets() {
        try (VllmMetricsServer vllm = new VllmMetricsServer(8192).serve(LLAMA, "0", "1")) {
            Model model = register(ModelRuntime.VLLM, vllm.url(), LLAMA);
            vllm.finished(LLAMA, "0", "stop", 9.0, 2.0, 1.0, 100, 10); // before Beacon's first scrape: not counted
            assertThat(scrapes.scrape(entry(model)).outcome()).isEqualTo(ScrapeResult.BASELINE);

            for (int i = 0; i < 100; i++) {
                String engine = i % 2 == 0 ? "0" : "1";
                String reason = i < 2 ? "error" : i < 3 ? "abort" : "stop";
                double e2e = i < 60 ? 0.7 : i < 90 ? 1.2 : 3.0;
                vllm.finished(LLAMA, engine, reason, e2e, 0.09, 0.01, 1000, 50);
            }
            vllm.schedulerState(LLAMA, "0", 5, 4, 0.4);
            vllm.schedulerState(LLAMA, "1", 3, 2, 0.6);
            vllm.preempted(LLAMA, "1", 2);
            assertThat(scrapes.scrape(entry(model)).outcome()).isEqualTo(ScrapeResult.OK);
            rollups.runOnce();

            TelemetrySummary summary = lastHour(model);
            assertThat(summary.requests()).isEqualTo(100);
            assertThat(summary.errors()).isEqualTo(3);
            assertThat(summary.errorsByType()).containsExactlyInAnyOrderEntriesOf(Map.of("server_error", 2L, "aborted", 1L));
            assertThat(summary.inputTokens()).isEqualTo(100_000);
            assertThat(summary.outputTokens()).isEqualTo(5_000);
            assertThat(summary.latencyP50Ms()).isBetween(500.0, 800.0);
            assertThat(summary.latencyP95Ms()).isBetween(2500.0, 5000.0);
            assertThat(summary.timeToFirstTokenP95Ms()).isBetween(80.0, 100.0);
            assertThat(summary.contextUtilizationP95()).isBetween(500.0 / 8192, 1000.0 / 8192);
            assertThat(summary.queueDepthAvg()).isEqualTo(6.0);
            assertThat(summary.kvCacheUsageAvg()).isCloseTo(0.5, within(1e-9));
            assertThat(summary.bucketed()).isTrue();
        }
    }

    @Test
    void two_vllm_models_on_one_server_each_get_only_their_own_numbers() {
        try (VllmMetricsServer vllm = new VllmMetricsServer(32768).serve(LLAMA, "0").serve(QWEN, "0")) {
            Model llama = register(ModelRuntime.VLLM, vllm.url(), LLAMA);
            Model qwen = register(ModelRuntime.VLLM, vllm.url(), QWEN);
            vllm.finished(LLAMA, "0", "stop", 1.0, 0.1, 0.0, 10, 10);
            vllm.finished(QWEN, "0", "stop", 1.0, 0.1, 0.0, 10, 10);
            scrapes.scrape(entry(llama));
            scrapes.scrape(entry(qwen));

            for (int i = 0; i < 7; i++) {
                vllm.finished(LLAMA, "0", "stop", 0.4, 0.05, 0.0, 200, 20);
            }
            for (int i = 0; i < 3; i++) {
                vllm.finished(QWEN, "0", "length", 12.0, 0.5, 2.0, 4000, 400);
            }
            scrapes.scrape(entry(llama));
            scrapes.scrape(entry(qwen));
            rollups.runOnce();

            assertThat(lastHour(llama).requests()).isEqualTo(7);
            assertThat(lastHour(llama).inputTokens()).isEqualTo(1_400);
            assertThat(lastHour(llama).latencyP99Ms()).isBetween(300.0, 500.0);
            assertThat(lastHour(qwen).requests()).isEqualTo(3);
            assertThat(lastHour(qwen).inputTokens()).isEqualTo(12_000);
            assertThat(lastHour(qwen).latencyP50Ms()).isBetween(10_000.0, 15_000.0);
        }
    }

    @Test
    void tgi_gives_request_counts_failures_by_kind_token_sums_and_its_queue() {
        try (FakeModelServer tgi = FakeModelServer.start()) {
            Model model = register(ModelRuntime.TGI, tgi.url(), "mistralai/Mixtral-8x7B-Instruct-v0.1");
            tgi.answerText("/metrics", tgiMetrics(100, 2, 10, 40_000, 9_000, 3));
            scrapes.scrape(entry(model));
            tgi.answerText("/metrics", tgiMetrics(140, 5, 20, 52_000, 12_000, 7));
            scrapes.scrape(entry(model));
            rollups.runOnce();

            TelemetrySummary summary = lastHour(model);
            assertThat(summary.requests()).isEqualTo(40);
            assertThat(summary.errorsByType()).containsExactly(Map.entry("validation", 3L));
            assertThat(summary.inputTokens()).isEqualTo(12_000);
            assertThat(summary.outputTokens()).isEqualTo(3_000);
            assertThat(summary.latencyP50Ms()).isBetween(500.0, 1000.0);
            assertThat(summary.queueDepthAvg()).isEqualTo(5.0);
        }
    }

    @Test
    void llama_cpp_after_a_restart_counts_the_new_totals_and_its_lowercase_nan_is_no_reading() {
        try (FakeModelServer llamaCpp = FakeModelServer.start()) {
            Model model = register(ModelRuntime.LLAMA_CPP, llamaCpp.url(), "phi-3-mini-4k-instruct-q4_k_m.gguf");
            llamaCpp.answerText("/metrics", llamaCppMetrics(1000, 500, 10, "nan"));
            scrapes.scrape(entry(model));
            llamaCpp.answerText("/metrics", llamaCppMetrics(1600, 800, 14, "nan"));
            scrapes.scrape(entry(model));
            llamaCpp.answerText("/metrics", llamaCppMetrics(200, 100, 2, "0.25"));
            scrapes.scrape(entry(model));
            rollups.runOnce();

            TelemetrySummary summary = lastHour(model);
            assertThat(summary.inputTokens()).isEqualTo(600 + 200);
            assertThat(summary.outputTokens()).isEqualTo(300 + 100);
            assertThat(summary.kvCacheUsageAvg()).isEqualTo(0.25);
            assertThat(summary.generationTokensPerSecondP50()).isBetween(49.0, 76.0);
            assertThat(summary.requests()).isZero();
        }
    }

    @Test
    void openmetrics_with_created_times_and_eof_sees_a_restart_even_when_the_counter_grew() {
        try (FakeModelServer server = FakeModelServer.start()) {
            Model model = register(ModelRuntime.VLLM, server.url(), LLAMA);
            long started = clock.instant().getEpochSecond() - 3600;
            server.answer("/metrics", 200, "application/openmetrics-text; version=1.0.0; charset=utf-8", openMetrics(80, started));
            scrapes.scrape(entry(model));
            server.answer("/metrics", 200, "application/openmetrics-text", openMetrics(110, started));
            scrapes.scrape(entry(model));
            server.answer("/metrics", 200, "application/openmetrics-text", openMetrics(125, clock.instant().getEpochSecond()));
            scrapes.scrape(entry(model));
            rollups.runOnce();

            assertThat(lastHour(model).requests()).isEqualTo(30 + 125);
        }
    }

    @Test
    void after_a_long_pause_counting_starts_again_instead_of_crediting_one_minute_with_everything() {
        try (FakeModelServer tgi = FakeModelServer.start()) {
            Model model = register(ModelRuntime.TGI, tgi.url(), "mistralai/Mixtral-8x7B-Instruct-v0.1");
            tgi.answerText("/metrics", tgiMetrics(100, 0, 10, 1_000, 1_000, 0));
            scrapes.scrape(entry(model));
            clock.advance(Duration.ofMinutes(10));
            tgi.answerText("/metrics", tgiMetrics(5_100, 0, 10, 1_000, 1_000, 0));

            ScrapeResult result = scrapes.scrape(entry(model));
            rollups.runOnce();

            assertThat(result.outcome()).isEqualTo(ScrapeResult.BASELINE);
            assertThat(result.detail()).isEqualTo("Counting starts again after 10 minutes without a scrape");
            assertThat(lastHour(model).requests()).isZero();
        }
    }

    @Test
    void metrics_without_this_models_series_are_a_failure_that_names_what_the_server_serves() {
        try (VllmMetricsServer vllm = new VllmMetricsServer(8192).serve(QWEN, "0")) {
            vllm.finished(QWEN, "0", "stop", 1.0, 0.1, 0.0, 10, 10);
            Model model = register(ModelRuntime.VLLM, vllm.url(), LLAMA);

            ScrapeResult result = scrapes.scrape(entry(model));

            assertThat(result.outcome()).isEqualTo(ScrapeResult.FAILED);
            assertThat(result.errorClass()).isEqualTo("NO_MATCHING_SERIES");
            MonitorCheck last = fixtures.asAdmin(() -> overviews.overview(model.id())).lastScrape();
            assertThat(last.errorClass()).isEqualTo("NO_MATCHING_SERIES");
            assertThat(last.detail()).contains(QWEN);
            assertThat(last.errorDescription()).contains("served model name");
        }
    }

    @Test
    void a_server_error_becomes_the_last_scrape_with_its_error_class_and_never_the_body() {
        try (FakeModelServer server = FakeModelServer.start()) {
            Model model = register(ModelRuntime.VLLM, server.url(), LLAMA);
            server.answer("/metrics", 500, "text/plain", "Traceback: secret internals");

            ScrapeResult result = scrapes.scrape(entry(model));

            assertThat(result.errorClass()).isEqualTo("HTTP_ERROR");
            MonitorCheck last = fixtures.asAdmin(() -> overviews.overview(model.id())).lastScrape();
            assertThat(last.outcome()).isEqualTo("FAILED");
            assertThat(last.detail()).isEqualTo("HTTP 500").doesNotContain("secret");
            assertThat(last.checkedAt()).isNotNull();
        }
    }

    @Test
    void a_body_that_is_no_prometheus_text_is_unparseable() {
        try (FakeModelServer server = FakeModelServer.start()) {
            Model model = register(ModelRuntime.VLLM, server.url(), LLAMA);
            server.answer("/metrics", 200, "text/html", "<html><body>Welcome to nginx!</body></html>");

            assertThat(scrapes.scrape(entry(model)).errorClass()).isEqualTo("UNPARSEABLE");
        }
    }

    @Test
    void a_model_with_an_api_key_is_scraped_with_it_but_a_metrics_url_on_another_host_never_gets_it() {
        try (FakeModelServer server = FakeModelServer.start()) {
            server.answer("/metrics", 200, "text/plain", "vllm:num_requests_running{model_name=\"" + LLAMA + "\"} 0\n");
            Model keyed = register(ModelRuntime.VLLM, server.url(), LLAMA);
            String otherHost = server.url().replace("127.0.0.1", "localhost") + "/metrics";
            Model elsewhere = fixtures.registerAsAdmin(team, RecordCopy.with(RecordCopy.with(keyed.data(), "name", TestFixtures.unique("scraped")),
                    "monitoring", RecordCopy.with(keyed.data().monitoring(), "metricsUrl", otherHost)));
            Model open = register(ModelRuntime.VLLM, server.url(), LLAMA);
            fixtures.asAdmin(() -> credentials.setApiKey(keyed.id(), "sk-scrape-key-1"));
            fixtures.asAdmin(() -> credentials.setApiKey(elsewhere.id(), "sk-scrape-key-2"));

            scrapes.scrape(entry(keyed));
            scrapes.scrape(entry(elsewhere));
            scrapes.scrape(entry(open));

            assertThat(server.arrivals("/metrics")).extracting(arrival -> arrival.headers().get("Authorization"))
                    .containsExactly(List.of("Bearer sk-scrape-key-1"), null, null);
        }
    }

    private Model register(ModelRuntime runtime, String endpoint, String servedName) {
        ModelData data = TestFixtures.modelData(TestFixtures.unique("scraped"));
        ModelData model = new ModelData(data.name(), data.description(), runtime, endpoint, servedName, data.versionLabel(),
                runtime == ModelRuntime.VLLM ? 8192 : 4096, data.defaultTemperature(), data.maxOutputTokens(), data.tags(),
                data.status(), ModelMonitoring.defaultsFor(runtime));
        return fixtures.registerAsAdmin(team, model);
    }

    private ModelEntry entry(Model model) {
        return directory.find(model.id()).orElseThrow();
    }

    private TelemetrySummary lastHour(Model model) {
        var now = clock.instant();
        return fixtures.asAdmin(() -> queries.summary(model.id(), now.minus(Duration.ofHours(1)), now.plus(Duration.ofMinutes(1))));
    }

    static String tgiMetrics(int requests, int validationFailures, int fastRequests, int inputTokens, int outputTokens, int queued) {
        return """
                # HELP tgi_request_count Number of requests
                # TYPE tgi_request_count counter
                tgi_request_count %d
                # TYPE tgi_request_success counter
                tgi_request_success %d
                # TYPE tgi_request_failure counter
                tgi_request_failure{err="validation"} %d
                # TYPE tgi_request_duration histogram
                tgi_request_duration_bucket{le="0.5"} %d
                tgi_request_duration_bucket{le="1"} %d
                tgi_request_duration_bucket{le="+Inf"} %d
                tgi_request_duration_sum 0
                tgi_request_duration_count %d
                # TYPE tgi_request_input_length histogram
                tgi_request_input_length_bucket{le="+Inf"} %d
                tgi_request_input_length_sum %d
                tgi_request_input_length_count %d
                # TYPE tgi_request_generated_tokens histogram
                tgi_request_generated_tokens_bucket{le="+Inf"} %d
                tgi_request_generated_tokens_sum %d
                tgi_request_generated_tokens_count %d
                # TYPE tgi_queue_size gauge
                tgi_queue_size %d
                # TYPE tgi_batch_current_size gauge
                tgi_batch_current_size 8
                """.formatted(requests, requests - validationFailures, validationFailures, fastRequests, requests, requests,
                requests, requests, inputTokens, requests, requests, outputTokens, requests, queued);
    }

    static String llamaCppMetrics(int promptTokens, int predicted, int predictedSeconds, String kvCache) {
        return """
                # HELP llamacpp:prompt_tokens_total Number of prompt tokens processed.
                # TYPE llamacpp:prompt_tokens_total counter
                llamacpp:prompt_tokens_total %d
                # TYPE llamacpp:prompt_seconds_total counter
                llamacpp:prompt_seconds_total 1.5
                # TYPE llamacpp:tokens_predicted_total counter
                llamacpp:tokens_predicted_total %d
                # TYPE llamacpp:tokens_predicted_seconds_total counter
                llamacpp:tokens_predicted_seconds_total %d
                # TYPE llamacpp:n_decode_total counter
                llamacpp:n_decode_total 900
                # TYPE llamacpp:n_busy_slots_per_decode gauge
                llamacpp:n_busy_slots_per_decode nan
                # TYPE llamacpp:prompt_tokens_seconds gauge
                llamacpp:prompt_tokens_seconds 666.6
                # TYPE llamacpp:predicted_tokens_seconds gauge
                llamacpp:predicted_tokens_seconds nan
                # TYPE llamacpp:kv_cache_usage_ratio gauge
                llamacpp:kv_cache_usage_ratio %s
                # TYPE llamacpp:requests_processing gauge
                llamacpp:requests_processing 1
                # TYPE llamacpp:requests_deferred gauge
                llamacpp:requests_deferred 0
                """.formatted(promptTokens, predicted, predictedSeconds, kvCache);
    }

    static String openMetrics(int stopped, long createdEpochSeconds) {
        return """
                # HELP vllm:request_success Count of successfully processed requests.
                # TYPE vllm:request_success counter
                vllm:request_success_total{finished_reason="stop",model_name="%s",engine="0"} %d 1712345678.5
                vllm:request_success_created{engine="0",finished_reason="stop",model_name="%s"} %d.25
                # TYPE vllm:num_requests_waiting gauge
                # UNIT vllm:num_requests_waiting requests
                vllm:num_requests_waiting{model_name="%s",engine="0"} 1.0
                # EOF
                """.formatted(LLAMA, stopped, LLAMA, createdEpochSeconds, LLAMA);
    }
}
