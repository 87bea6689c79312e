package dev.beacon.telemetry.otlp;

import com.google.rpc.Status;
import dev.beacon.Http;
import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.telemetry.IngestionKeys;
import dev.beacon.telemetry.TelemetryQueryService;
import dev.beacon.telemetry.TelemetrySummary;
import dev.beacon.telemetry.ingest.IngestionRateLimiter;
import dev.beacon.telemetry.ingest.RateLimitedException;
import dev.beacon.telemetry.rollup.RollupJob;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status.StatusCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;

import static dev.beacon.telemetry.otlp.OtlpRequests.attribute;
import static dev.beacon.telemetry.otlp.OtlpRequests.chatSpan;
import static dev.beacon.telemetry.otlp.OtlpRequests.httpSpan;
import static dev.beacon.telemetry.otlp.OtlpRequests.nanos;
import static dev.beacon.telemetry.otlp.OtlpRequests.traces;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

@IntegrationTest
class OtlpHttpTracesTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    RollupJob rollups;
    @Autowired
    TelemetryQueryService telemetry;
    @Autowired
    IngestionRateLimiter rateLimiter;
    @Autowired
    MutableClock clock;

    OtlpHttp otlp;
    Model model;
    String served;
    IngestionKeys.Key key;
    Instant now;

    @BeforeEach
    void setUp() {
        otlp = new OtlpHttp(port);
        Team team = fixtures.team("otlp");
        model = fixtures.model(team, "llm");
        served = model.data().servedModelName();
        key = IngestionKeys.create(fixtures, team);
        now = clock.instant();
    }

    @Test
    void protobuf_genai_spans_become_request_events_with_latency_tokens_and_errors() throws Exception {
        var response = otlp.protobuf("/v1/traces", traces(
                chatSpan(served, now.minusSeconds(3), 800),
                chatSpan(served, now.minusSeconds(2), 1200),
                chatSpan(served, now.minusSeconds(1), 300)
                        .setStatus(io.opentelemetry.proto.trace.v1.Status.newBuilder().setCode(StatusCode.STATUS_CODE_ERROR))
                        .addAttributes(attribute("error.type", "timeout"))), key.bearer());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(OtlpHttp.PROTOBUF));
        assertThat(ExportTraceServiceResponse.parseFrom(response.body()).hasPartialSuccess()).isFalse();
        TelemetrySummary summary = summary();
        assertThat(summary.requests()).isEqualTo(3);
        assertThat(summary.errors()).isEqualTo(1);
        assertThat(summary.errorsByType()).containsEntry("timeout", 1L);
        assertThat(summary.inputTokens()).isEqualTo(1200);
        assertThat(summary.outputTokens()).isEqualTo(360);
        assertThat(summary.latencyP50Ms()).isCloseTo(800, within(8.0));
    }

    @Test
    void json_traces_with_hex_ids_integer_enums_and_string_int64_are_understood() {
        long end = nanos(now.minusSeconds(1));
        String json = """
                {"resourceSpans": [{
                  "resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "support-bot"}}]},
                  "scopeSpans": [{"scope": {"name": "manual"}, "spans": [{
                    "traceId": "5B8EFFF798038103D269B633813FC60C", "spanId": "EEE19B7EC3C1B174",
                    "name": "chat", "kind": 3,
                    "startTimeUnixNano": "%d", "endTimeUnixNano": "%d",
                    "attributes": [
                      {"key": "gen_ai.system", "value": {"stringValue": "vllm"}},
                      {"key": "gen_ai.request.model", "value": {"stringValue": "%s"}},
                      {"key": "gen_ai.usage.prompt_tokens", "value": {"intValue": "250"}},
                      {"key": "gen_ai.usage.completion_tokens", "value": {"intValue": 50}}],
                    "status": {"code": 1},
                    "someFutureField": {"ignored": true}
                  }]}]
                }]}""".formatted(end - 450_000_000L, end, served);

        var response = otlp.json("/v1/traces", json, key.bearer());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(OtlpHttp.JSON));
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("{}");
        TelemetrySummary summary = summary();
        assertThat(summary.requests()).isEqualTo(1);
        assertThat(summary.inputTokens()).isEqualTo(250);
        assertThat(summary.outputTokens()).isEqualTo(50);
        assertThat(summary.latencyP50Ms()).isCloseTo(450, within(4.5));
    }

    @Test
    void a_gzipped_body_is_accepted() throws IOException {
        byte[] body = gzip(traces(chatSpan(served, now.minusSeconds(1), 500)).toByteArray());

        var response = otlp.send("/v1/traces", body, OtlpHttp.PROTOBUF, "Authorization", key.bearer(), "Content-Encoding", "gzip");

        assertThat(response.status()).isEqualTo(200);
        assertThat(summary().requests()).isEqualTo(1);
    }

    @Test
    void a_span_for_an_unknown_model_is_rejected_in_partial_success_while_the_good_span_is_stored() {
        var response = otlp.json("/v1/traces", """
                {"resourceSpans": [{"scopeSpans": [{"spans": [
                  {"traceId": "0AF7651916CD43DD8448EB211C80319C", "spanId": "B7AD6B7169203331",
                   "startTimeUnixNano": "%1$d", "endTimeUnixNano": "%2$d",
                   "attributes": [{"key": "gen_ai.request.model", "value": {"stringValue": "no-such-model"}}]},
                  {"traceId": "0AF7651916CD43DD8448EB211C80319C", "spanId": "00F067AA0BA902B7",
                   "startTimeUnixNano": "%1$d", "endTimeUnixNano": "%2$d",
                   "attributes": [{"key": "gen_ai.request.model", "value": {"stringValue": "%3$s"}}]}
                ]}]}]}""".formatted(nanos(now.minusSeconds(2)), nanos(now.minusSeconds(1)), served), key.bearer());

        assertThat(response.status()).isEqualTo(200);
        JsonNode partial = json(response.body()).get("partialSuccess");
        assertThat(partial.get("rejectedSpans").asString()).isEqualTo("1");
        assertThat(partial.get("errorMessage").asString())
                .contains("Rejected 1 of 2 GenAI spans", "no-such-model", "gen_ai.request.model", "span b7ad6b7169203331");
        assertThat(summary().requests()).isEqualTo(1);
    }

    @Test
    void spans_without_genai_attributes_and_agent_spans_are_ignored_not_rejected() throws Exception {
        var response = otlp.protobuf("/v1/traces", traces(httpSpan(now.minusSeconds(1)),
                chatSpan(served, now.minusSeconds(1), 900).setAttributes(0, attribute("gen_ai.operation.name", "invoke_agent")),
                chatSpan(served, now.minusSeconds(1), 250)), key.bearer());

        assertThat(response.status()).isEqualTo(200);
        assertThat(ExportTraceServiceResponse.parseFrom(response.body()).hasPartialSuccess()).isFalse();
        assertThat(summary().requests()).isEqualTo(1);
    }

    @Test
    void a_retried_export_stores_each_span_once() {
        var request = traces(chatSpan(served, now.minusSeconds(2), 400), chatSpan(served, now.minusSeconds(1), 600));

        assertThat(otlp.protobuf("/v1/traces", request, key.bearer()).status()).isEqualTo(200);
        assertThat(otlp.protobuf("/v1/traces", request, key.bearer()).status()).isEqualTo(200);

        assertThat(summary().requests()).isEqualTo(2);
    }

    @Test
    void an_unparseable_body_gets_400_with_a_status_in_the_request_encoding() throws Exception {
        var protobuf = otlp.send("/v1/traces", new byte[]{0x0a, (byte) 0xff, 0x01}, OtlpHttp.PROTOBUF, "Authorization", key.bearer());
        var json = otlp.json("/v1/traces", "{\"resourceSpans\": [", key.bearer());

        assertThat(protobuf.status()).isEqualTo(400);
        assertThat(Status.parseFrom(protobuf.body()).getMessage()).contains("not a valid OTLP protobuf message");
        assertThat(json.status()).isEqualTo(400);
        assertThat(json(json.body()).get("message").asString()).contains("not a valid OTLP JSON message");
    }

    @Test
    void a_bad_key_gets_401_as_json_or_as_a_protobuf_status() throws Exception {
        var request = traces(chatSpan(served, now, 100));

        var protobuf = otlp.protobuf("/v1/traces", request, "Bearer bik_not-a-key");
        var json = otlp.json("/v1/metrics", "{}", "Bearer bik_not-a-key");

        assertThat(protobuf.status()).isEqualTo(401);
        assertThat(Status.parseFrom(protobuf.body()).getMessage()).contains("ingestion key");
        assertThat(json.status()).isEqualTo(401);
        assertThat(json(json.body()).get("detail").asString()).contains("ingestion key");
    }

    @Test
    void a_body_larger_than_the_limit_after_decompression_gets_413() throws IOException {
        byte[] bomb = gzip(new byte[6 * 1024 * 1024]);

        var response = otlp.send("/v1/traces", bomb, OtlpHttp.PROTOBUF, "Authorization", key.bearer(), "Content-Encoding", "gzip");

        assertThat(bomb.length).isLessThan(100_000);
        assertThat(response.status()).isEqualTo(413);
    }

    @Test
    void an_unknown_content_type_or_encoding_gets_415() {
        var text = otlp.send("/v1/traces", "hello".getBytes(StandardCharsets.UTF_8), "text/plain", "Authorization", key.bearer());
        var brotli = otlp.send("/v1/traces", new byte[]{1}, OtlpHttp.PROTOBUF, "Authorization", key.bearer(), "Content-Encoding", "br");

        assertThat(text.status()).isEqualTo(415);
        assertThat(brotli.status()).isEqualTo(415);
    }

    @Test
    void a_key_over_its_rate_limit_gets_429_with_retry_after() throws Exception {
        drain(rateLimiter, key);

        var response = otlp.protobuf("/v1/traces", manySpans(), key.bearer());

        assertThat(response.status()).isEqualTo(429);
        assertThat(response.header("Retry-After")).hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isPositive());
        assertThat(Status.parseFrom(response.body()).getMessage()).contains("items per second");
    }

    /** Takes (almost) everything the key's bucket holds, as a burst of other requests would. */
    static void drain(IngestionRateLimiter limiter, IngestionKeys.Key key) {
        for (long items : new long[]{100_000, 1_000}) {
            assertThatThrownBy(() -> {
                for (int i = 0; i < 1_000; i++) {
                    limiter.consume(key.caller(), items);
                }
            }).isInstanceOf(RateLimitedException.class);
        }
    }

    /**
     * 150,000 (empty, non-GenAI) spans: more than the bucket refills in three seconds, so the request is refused
     * even though the clock runs on while it travels.
     */
    static ExportTraceServiceRequest manySpans() {
        var scope = ScopeSpans.newBuilder();
        for (int i = 0; i < 5_000; i++) {
            scope.addSpans(Span.getDefaultInstance());
        }
        return ExportTraceServiceRequest.newBuilder().addResourceSpans(ResourceSpans.newBuilder().addScopeSpans(scope)).build();
    }

    private TelemetrySummary summary() {
        rollups.runOnce();
        return fixtures.asAdmin(() -> telemetry.summary(model.id(), now.minus(Duration.ofHours(1)), clock.instant().plusSeconds(60)));
    }

    private static JsonNode json(byte[] body) {
        return JsonMapper.builder().build().readTree(body);
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }
}
