package dev.beacon.telemetry.otlp;

import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.telemetry.IngestionKeys;
import dev.beacon.telemetry.TelemetryQueryService;
import dev.beacon.telemetry.TelemetrySummary;
import dev.beacon.telemetry.rollup.RollupJob;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongHistogram;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.exporter.otlp.http.metrics.OtlpHttpMetricExporter;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.exporter.otlp.metrics.OtlpGrpcMetricExporter;
import io.opentelemetry.exporter.otlp.trace.OtlpGrpcSpanExporter;
import io.opentelemetry.sdk.common.Clock;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.export.AggregationTemporalitySelector;
import io.opentelemetry.sdk.metrics.export.MetricExporter;
import io.opentelemetry.sdk.metrics.export.PeriodicMetricReader;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The acceptance test of OpenTelemetry ingestion: the real OpenTelemetry Java SDK and its OTLP exporters,
 * over HTTP and over gRPC, configured as a user would (endpoint plus the ingestion key header).
 */
@IntegrationTest
class OpenTelemetrySdkExportTest {

    private static final int SPANS = 1_000;
    private static final List<Double> TOKEN_BOUNDS = List.of(1.0, 4.0, 16.0, 64.0, 256.0, 1024.0, 4096.0, 16384.0);

    @LocalServerPort
    int port;
    @Autowired
    OtlpGrpcServer grpc;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    RollupJob rollups;
    @Autowired
    TelemetryQueryService telemetry;
    @Autowired
    MutableClock clock;

    Model model;
    String served;
    IngestionKeys.Key key;
    Instant now;

    @BeforeEach
    void setUp() {
        Team team = fixtures.team("otel-sdk");
        model = fixtures.model(team, "llm");
        served = model.data().servedModelName();
        key = IngestionKeys.create(fixtures, team);
        now = clock.instant();
    }

    @Test
    void spans_from_the_sdk_http_exporter_give_the_exact_count_and_percentiles_within_two_percent() {
        exportSpansAndCheck(OtlpHttpSpanExporter.builder()
                .setEndpoint("http://localhost:" + port + "/v1/traces")
                .addHeader("Authorization", key.bearer())
                .setCompression("gzip")
                .build());
    }

    @Test
    void spans_from_the_sdk_grpc_exporter_give_the_exact_count_and_percentiles_within_two_percent() {
        exportSpansAndCheck(OtlpGrpcSpanExporter.builder()
                .setEndpoint("http://localhost:" + grpc.port())
                .addHeader("authorization", key.bearer())
                .build());
    }

    @Test
    void cumulative_metrics_from_the_sdk_http_exporter_count_every_request_once() {
        exportMetricsAndCheck(OtlpHttpMetricExporter.builder()
                .setEndpoint("http://localhost:" + port + "/v1/metrics")
                .addHeader("Authorization", key.bearer())
                .build());
    }

    @Test
    void delta_metrics_from_the_sdk_grpc_exporter_count_every_request_once() {
        exportMetricsAndCheck(OtlpGrpcMetricExporter.builder()
                .setEndpoint("http://localhost:" + grpc.port())
                .addHeader("authorization", key.bearer())
                .setAggregationTemporalitySelector(AggregationTemporalitySelector.deltaPreferred())
                .build());
    }

    private void exportSpansAndCheck(SpanExporter exporter) {
        Random random = new Random(42);
        double[] latencies = new double[SPANS];
        SdkTracerProvider provider = SdkTracerProvider.builder()
                .setResource(Resource.getDefault().merge(Resource.create(Attributes.of(AttributeKey.stringKey("service.name"), "support-bot"))))
                .addSpanProcessor(BatchSpanProcessor.builder(exporter).setMaxQueueSize(2 * SPANS).setMaxExportBatchSize(SPANS / 2).build())
                .build();
        Tracer tracer = provider.get("beacon-acceptance");
        for (int i = 0; i < SPANS; i++) {
            latencies[i] = Math.exp(6.5 + 0.7 * random.nextGaussian());
            long end = OtlpRequests.nanos(now.minusMillis(300L * i));
            Span span = tracer.spanBuilder("chat " + served).setSpanKind(SpanKind.CLIENT)
                    .setStartTimestamp(end - Math.round(latencies[i] * 1_000_000), TimeUnit.NANOSECONDS)
                    .setAttribute("gen_ai.operation.name", "chat")
                    .setAttribute("gen_ai.provider.name", "openai")
                    .setAttribute("gen_ai.request.model", served)
                    .setAttribute("gen_ai.usage.input_tokens", 300L)
                    .setAttribute("gen_ai.usage.output_tokens", 80L)
                    .startSpan();
            span.end(end, TimeUnit.NANOSECONDS);
        }
        assertSucceeded(provider.forceFlush());
        provider.shutdown().join(10, TimeUnit.SECONDS);

        TelemetrySummary summary = summary();
        assertThat(summary.requests()).isEqualTo(SPANS);
        assertThat(summary.inputTokens()).isEqualTo(300L * SPANS);
        Arrays.sort(latencies);
        assertThat(summary.latencyP50Ms()).isCloseTo(exact(latencies, 0.50), within(exact(latencies, 0.50) * 0.02));
        assertThat(summary.latencyP95Ms()).isCloseTo(exact(latencies, 0.95), within(exact(latencies, 0.95) * 0.02));
        assertThat(summary.latencyP99Ms()).isCloseTo(exact(latencies, 0.99), within(exact(latencies, 0.99) * 0.02));
    }

    /**
     * 100 requests in two exports — 60 of 0.3 s, 30 of 1 s, 10 of 3 s — with the bucket bounds the GenAI
     * conventions advise; percentiles come out as the middle of the bucket that holds the exact value.
     */
    private void exportMetricsAndCheck(MetricExporter exporter) {
        SdkMeterProvider provider = SdkMeterProvider.builder()
                .setClock(new TestClock(clock))
                .registerMetricReader(PeriodicMetricReader.builder(exporter).setInterval(Duration.ofHours(1)).build())
                .build();
        Meter meter = provider.get("beacon-acceptance");
        DoubleHistogram duration = meter.histogramBuilder("gen_ai.client.operation.duration").setUnit("s")
                .setExplicitBucketBoundariesAdvice(OtlpRequests.DURATION_BOUNDS).build();
        LongHistogram tokens = meter.histogramBuilder("gen_ai.client.token.usage").setUnit("{token}").ofLongs()
                .setExplicitBucketBoundariesAdvice(TOKEN_BOUNDS.stream().map(Double::longValue).toList()).build();
        Attributes request = Attributes.builder().put("gen_ai.operation.name", "chat").put("gen_ai.provider.name", "openai")
                .put("gen_ai.request.model", served).build();
        record(duration, tokens, request, 0.3, 40);
        record(duration, tokens, request, 1.0, 20);
        assertSucceeded(provider.forceFlush());
        clock.advance(Duration.ofSeconds(1));
        record(duration, tokens, request, 0.3, 20);
        record(duration, tokens, request, 1.0, 10);
        record(duration, tokens, request, 3.0, 10);
        assertSucceeded(provider.forceFlush());
        provider.shutdown().join(10, TimeUnit.SECONDS);

        TelemetrySummary summary = summary();
        assertThat(summary.requests()).isEqualTo(100);
        assertThat(summary.inputTokens()).isEqualTo(100 * 300);
        assertThat(summary.outputTokens()).isEqualTo(100 * 80);
        assertThat(summary.latencyP50Ms()).as("exact 300 ms, in the 160–320 ms bucket").isCloseTo(240, within(2.4));
        assertThat(summary.latencyP95Ms()).as("exact 3 s, in the 2.56–5.12 s bucket").isCloseTo(3840, within(38.4));
        assertThat(summary.bucketed()).isTrue();
    }

    private static void record(DoubleHistogram duration, LongHistogram tokens, Attributes request, double seconds, int times) {
        for (int i = 0; i < times; i++) {
            duration.record(seconds, request);
            tokens.record(300, request.toBuilder().put("gen_ai.token.type", "input").build());
            tokens.record(80, request.toBuilder().put("gen_ai.token.type", "output").build());
        }
    }

    private static void assertSucceeded(CompletableResultCode result) {
        assertThat(result.join(30, TimeUnit.SECONDS).isSuccess()).as("the exporter reports success").isTrue();
    }

    private static double exact(double[] sorted, double q) {
        return sorted[(int) Math.ceil(q * sorted.length) - 1];
    }

    private TelemetrySummary summary() {
        rollups.runOnce();
        return fixtures.asAdmin(() -> telemetry.summary(model.id(), now.minus(Duration.ofHours(1)), clock.instant().plusSeconds(60)));
    }

    /** The SDK on Beacon's (test) clock, so the points' times and the server's time window agree. */
    private record TestClock(MutableClock clock) implements Clock {
        @Override
        public long now() {
            return OtlpRequests.nanos(clock.instant());
        }

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }
    }
}
