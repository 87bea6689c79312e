package dev.beacon.telemetry.probe;

import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelCredentials;
import dev.beacon.registry.ModelData;
import dev.beacon.registry.ModelDirectory;
import dev.beacon.registry.ModelMonitoring;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.security.Team;
import dev.beacon.telemetry.FakeModelServer;
import dev.beacon.telemetry.MonitorCheck;
import dev.beacon.telemetry.ProbeState;
import dev.beacon.telemetry.TelemetryOverviewService;
import dev.beacon.telemetry.TelemetryQueryService;
import dev.beacon.telemetry.TelemetrySummary;
import dev.beacon.telemetry.rollup.RollupJob;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import static dev.beacon.jooq.Tables.PROBE_RESULT;
import static org.assertj.core.api.Assertions.assertThat;

/** Health probes of real HTTP servers that answer like each runtime, in health and in trouble. */
@IntegrationTest
class ProbeServiceTest {

    static final String LLAMA_CPP_LOADING = """
            {"error":{"code":503,"message":"Loading model","type":"unavailable_error"}}""";
    static final String OLLAMA_PS = """
            {"models":[{"name":"mistral:7b-instruct","model":"mistral:7b-instruct","size":5137025024,
              "digest":"f974a74358d6","details":{"family":"llama","parameter_size":"7.2B"},
              "expires_at":"2026-11-29T10:35:00Z","size_vram":5137025024,"context_length":32768}]}""";

    @Autowired
    TestFixtures fixtures;
    @Autowired
    ProbeService probes;
    @Autowired
    ModelDirectory directory;
    @Autowired
    RollupJob rollups;
    @Autowired
    TelemetryQueryService queries;
    @Autowired
    TelemetryOverviewService overviews;
    @Autowired
    DSLContext db;
    @Autowired
    MutableClock clock;
    @Autowired
    ModelCredentials credentials;

    Team team;

    @BeforeEach
    void aTeam() {
        team = fixtures.team("probe");
    }

    @Test
    void a_vllm_server_whose_health_answers_200_is_up_and_counts_as_up_in_the_rollups() {
        try (FakeModelServer vllm = FakeModelServer.start().answer("/health", 200, "text/plain", "")) {
            Model model = register(ModelRuntime.VLLM, vllm.url(), "meta-llama/Llama-3.1-8B-Instruct", 5);

            ProbeOutcome outcome = probe(model);
            rollups.runOnce();

            assertThat(outcome.state()).isEqualTo(ProbeState.UP);
            assertThat(outcome.errorClass()).isNull();
            assertThat(vllm.arrivals("/health")).hasSize(1);
            assertThat(db.fetchCount(PROBE_RESULT, PROBE_RESULT.MODEL_ID.eq(model.id()), PROBE_RESULT.STATE.eq("UP"))).isEqualTo(1);
            TelemetrySummary summary = lastHour(model);
            assertThat(summary.probeUpRatio()).isEqualTo(1.0);
            assertThat(summary.lastProbe().state()).isEqualTo(ProbeState.UP);
            MonitorCheck last = fixtures.asAdmin(() -> overviews.overview(model.id())).lastProbe();
            assertThat(last.outcome()).isEqualTo("UP");
            assertThat(last.durationMs()).isPositive();
        }
    }

    @Test
    void llama_cpp_still_loading_its_model_is_starting_not_down() {
        try (FakeModelServer llamaCpp = FakeModelServer.start().answerJson("/health", 503, LLAMA_CPP_LOADING)) {
            Model model = register(ModelRuntime.LLAMA_CPP, llamaCpp.url(), "phi-3-mini-4k-instruct-q4_k_m.gguf", 5);

            ProbeOutcome outcome = probe(model);

            assertThat(outcome.state()).isEqualTo(ProbeState.STARTING);
            assertThat(outcome.errorClass()).isEqualTo("MODEL_LOADING");
        }
    }

    @Test
    void a_server_answering_500_is_down_with_an_http_error_and_its_body_is_not_kept() {
        try (FakeModelServer tgi = FakeModelServer.start().answer("/health", 500, "text/plain", "panic at shard 3: CUDA OOM")) {
            Model model = register(ModelRuntime.TGI, tgi.url(), "mistralai/Mixtral-8x7B-Instruct-v0.1", 5);

            ProbeOutcome outcome = probe(model);

            assertThat(outcome.state()).isEqualTo(ProbeState.DOWN);
            assertThat(outcome.errorClass()).isEqualTo("HTTP_ERROR");
            assertThat(outcome.detail()).isEqualTo("HTTP 500");
            assertThat(db.select(PROBE_RESULT.DETAIL).from(PROBE_RESULT).where(PROBE_RESULT.MODEL_ID.eq(model.id())).fetchOne(PROBE_RESULT.DETAIL))
                    .doesNotContain("CUDA");
        }
    }

    @Test
    void a_server_slower_than_the_probe_timeout_is_down_with_a_timeout() {
        try (FakeModelServer slow = FakeModelServer.start().answerSlowly("/health", Duration.ofSeconds(4))) {
            Model model = register(ModelRuntime.VLLM, slow.url(), "meta-llama/Llama-3.1-8B-Instruct", 1);

            ProbeOutcome outcome = probe(model);

            assertThat(outcome.state()).isEqualTo(ProbeState.DOWN);
            assertThat(outcome.errorClass()).isEqualTo("TIMEOUT");
        }
    }

    @Test
    void a_closed_port_is_down_with_a_refused_connection() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Model model = register(ModelRuntime.VLLM, "http://127.0.0.1:" + closed, "meta-llama/Llama-3.1-8B-Instruct", 5);

        assertThat(probe(model).errorClass()).isEqualTo("CONNECTION_REFUSED");
    }

    @Test
    void the_cloud_metadata_address_is_never_called_and_the_probe_says_why() {
        Model model = register(ModelRuntime.OTHER, "http://169.254.169.254/latest/meta-data", "anything", 5);

        ProbeOutcome outcome = probe(model);

        assertThat(outcome.state()).isEqualTo(ProbeState.DOWN);
        assertThat(outcome.errorClass()).isEqualTo("BLOCKED_ADDRESS");
        assertThat(fixtures.asAdmin(() -> overviews.overview(model.id())).lastProbe().errorDescription()).contains("deny list");
    }

    @Test
    void ollama_with_the_model_loaded_is_up_and_tells_its_version_and_context_length() {
        try (FakeModelServer ollama = ollama(OLLAMA_PS)) {
            Model model = register(ModelRuntime.OLLAMA, ollama.url(), "mistral:7b-instruct", 5);

            ProbeOutcome outcome = probe(model);

            assertThat(outcome.state()).isEqualTo(ProbeState.UP);
            assertThat(outcome.detail()).isEqualTo("Ollama 0.6.5; model loaded, context 32768 tokens");
        }
    }

    @Test
    void ollama_without_the_model_loaded_is_starting_with_model_not_loaded() {
        try (FakeModelServer ollama = ollama("{\"models\":[]}")) {
            Model model = register(ModelRuntime.OLLAMA, ollama.url(), "gemma2:9b", 5);

            ProbeOutcome outcome = probe(model);

            assertThat(outcome.state()).isEqualTo(ProbeState.STARTING);
            assertThat(outcome.errorClass()).isEqualTo("MODEL_NOT_LOADED");
        }
    }

    @Test
    void an_openai_compatible_server_that_does_not_list_the_model_is_down_and_one_that_does_is_up() {
        try (FakeModelServer gateway = FakeModelServer.start().answerJson("/v1/models", 200, """
                {"object":"list","data":[{"id":"support-assistant","object":"model","owned_by":"gateway"},
                                          {"id":"ticket-triage","object":"model","owned_by":"gateway"}]}""")) {
            Model listed = register(ModelRuntime.OPENAI_COMPATIBLE, gateway.url() + "/v1", "support-assistant", 5);
            Model missing = register(ModelRuntime.OPENAI_COMPATIBLE, gateway.url(), "summarizer", 5);

            assertThat(probe(listed).state()).isEqualTo(ProbeState.UP);
            ProbeOutcome outcome = probe(missing);
            assertThat(outcome.state()).isEqualTo(ProbeState.DOWN);
            assertThat(outcome.errorClass()).isEqualTo("MODEL_NOT_LISTED");
        }
    }

    @Test
    void a_model_with_an_api_key_is_probed_with_it_as_bearer_token_and_one_without_sends_no_authorization() {
        try (FakeModelServer gateway = FakeModelServer.start().answerJson("/v1/models", 200, """
                {"object":"list","data":[{"id":"keyed","object":"model"},{"id":"open","object":"model"}]}""")) {
            Model keyed = register(ModelRuntime.OPENAI_COMPATIBLE, gateway.url(), "keyed", 5);
            Model open = register(ModelRuntime.OPENAI_COMPATIBLE, gateway.url() + "/", "open", 5);
            fixtures.asAdmin(() -> credentials.setApiKey(keyed.id(), "sk-probe-key-1"));

            assertThat(probe(keyed).state()).isEqualTo(ProbeState.UP);
            assertThat(probe(open).state()).isEqualTo(ProbeState.UP);

            assertThat(gateway.arrivals("/v1/models")).extracting(arrival -> arrival.headers().get("Authorization"))
                    .containsExactly(java.util.List.of("Bearer sk-probe-key-1"), null);
        }
    }

    private static FakeModelServer ollama(String ps) {
        return FakeModelServer.start()
                .answerJson("/api/version", 200, "{\"version\":\"0.6.5\"}")
                .answerJson("/api/ps", 200, ps);
    }

    private Model register(ModelRuntime runtime, String endpoint, String servedName, int timeoutSeconds) {
        ModelData data = TestFixtures.modelData(TestFixtures.unique("probed"));
        ModelMonitoring monitoring = new ModelMonitoring(false, null, 15, 5, true, 30, timeoutSeconds);
        return fixtures.registerAsAdmin(team, new ModelData(data.name(), data.description(), runtime, endpoint, servedName,
                data.versionLabel(), data.contextWindow(), data.defaultTemperature(), data.maxOutputTokens(), data.tags(),
                data.status(), monitoring));
    }

    private ProbeOutcome probe(Model model) {
        return probes.probe(directory.find(model.id()).orElseThrow());
    }

    private TelemetrySummary lastHour(Model model) {
        var now = clock.instant();
        return fixtures.asAdmin(() -> queries.summary(model.id(), now.minus(Duration.ofHours(1)), now.plus(Duration.ofMinutes(1))));
    }
}
