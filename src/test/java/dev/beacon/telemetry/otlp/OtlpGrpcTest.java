package dev.beacon.telemetry.otlp;

import com.google.rpc.RetryInfo;
import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.telemetry.IngestionKeys;
import dev.beacon.telemetry.TelemetryQueryService;
import dev.beacon.telemetry.TelemetrySummary;
import dev.beacon.telemetry.ingest.IngestionRateLimiter;
import dev.beacon.telemetry.rollup.RollupJob;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.MetadataUtils;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;
import io.opentelemetry.proto.collector.metrics.v1.MetricsServiceGrpc;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.collector.trace.v1.TraceServiceGrpc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static dev.beacon.telemetry.otlp.OtlpRequests.DURATION_BOUNDS;
import static dev.beacon.telemetry.otlp.OtlpRequests.attribute;
import static dev.beacon.telemetry.otlp.OtlpRequests.chatSpan;
import static dev.beacon.telemetry.otlp.OtlpRequests.durationCounts;
import static dev.beacon.telemetry.otlp.OtlpRequests.histogram;
import static dev.beacon.telemetry.otlp.OtlpRequests.metrics;
import static dev.beacon.telemetry.otlp.OtlpRequests.point;
import static dev.beacon.telemetry.otlp.OtlpRequests.traces;
import static io.opentelemetry.proto.metrics.v1.AggregationTemporality.AGGREGATION_TEMPORALITY_DELTA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** OTLP/gRPC through a grpc-java client stub, as a Collector or an SDK with the grpc-java sender would call it. */
@IntegrationTest
class OtlpGrpcTest {

    @Autowired
    OtlpGrpcServer server;
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

    ManagedChannel channel;
    Model model;
    String served;
    IngestionKeys.Key key;
    Instant now;

    @BeforeEach
    void setUp() {
        channel = ManagedChannelBuilder.forAddress("localhost", server.port()).usePlaintext().build();
        Team team = fixtures.team("otlp-grpc");
        model = fixtures.model(team, "llm");
        served = model.data().servedModelName();
        key = IngestionKeys.create(fixtures, team);
        now = clock.instant();
    }

    @AfterEach
    void closeChannel() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void traces_exported_over_grpc_become_request_events_and_rejections_are_a_partial_success() {
        ExportTraceServiceResponse response = traceService(key.bearer()).export(traces(
                chatSpan(served, now.minusSeconds(2), 700), chatSpan(served, now.minusSeconds(1), 900),
                chatSpan("no-such-model", now.minusSeconds(1), 100)));

        assertThat(response.getPartialSuccess().getRejectedSpans()).isEqualTo(1);
        assertThat(response.getPartialSuccess().getErrorMessage()).contains("no-such-model");
        TelemetrySummary summary = summary();
        assertThat(summary.requests()).isEqualTo(2);
        assertThat(summary.inputTokens()).isEqualTo(800);
    }

    @Test
    void metrics_exported_over_grpc_feed_the_same_series() {
        ExportMetricsServiceResponse response = MetricsServiceGrpc.newBlockingStub(channel)
                .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(authorization(key.bearer())))
                .export(metrics(histogram("gen_ai.client.operation.duration", "s", AGGREGATION_TEMPORALITY_DELTA,
                        point(now.minusSeconds(60), now.minusSeconds(1), DURATION_BOUNDS, durationCounts(0, 0, 0, 0, 8), 1,
                                attribute("gen_ai.request.model", served)))));

        assertThat(response.hasPartialSuccess()).isFalse();
        assertThat(summary().requests()).isEqualTo(8);
    }

    @Test
    void a_bad_or_missing_key_ends_the_call_unauthenticated() {
        var request = traces(chatSpan(served, now, 100));

        assertThatThrownBy(() -> traceService("Bearer bik_not-a-key").export(request))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
        assertThatThrownBy(() -> TraceServiceGrpc.newBlockingStub(channel).export(request))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
    }

    @Test
    void a_key_over_its_rate_limit_gets_resource_exhausted_with_a_retry_delay() {
        OtlpHttpTracesTest.drain(rateLimiter, key);

        assertThatThrownBy(() -> traceService(key.bearer()).export(OtlpHttpTracesTest.manySpans()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
                    assertThat(StatusProto.fromThrowable(e).getDetailsList())
                            .anySatisfy(detail -> assertThat(detail.is(RetryInfo.class)).isTrue());
                });
    }

    private TraceServiceGrpc.TraceServiceBlockingStub traceService(String authorization) {
        return TraceServiceGrpc.newBlockingStub(channel)
                .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(authorization(authorization)));
    }

    private static Metadata authorization(String value) {
        Metadata headers = new Metadata();
        headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), value);
        return headers;
    }

    private TelemetrySummary summary() {
        rollups.runOnce();
        return fixtures.asAdmin(() -> telemetry.summary(model.id(), now.minus(Duration.ofHours(1)), clock.instant().plusSeconds(60)));
    }
}
