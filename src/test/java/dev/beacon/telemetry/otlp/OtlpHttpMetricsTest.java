package dev.beacon.telemetry.otlp;

import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.telemetry.IngestionKeys;
import dev.beacon.telemetry.TelemetryQueryService;
import dev.beacon.telemetry.TelemetrySummary;
import dev.beacon.telemetry.internal.JooqOtlpSeriesRepository;
import dev.beacon.telemetry.rollup.RollupJob;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.ExponentialHistogram;
import io.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.resource.v1.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.beacon.telemetry.otlp.OtlpRequests.DURATION_BOUNDS;
import static dev.beacon.telemetry.otlp.OtlpRequests.attribute;
import static dev.beacon.telemetry.otlp.OtlpRequests.durationCounts;
import static dev.beacon.telemetry.otlp.OtlpRequests.histogram;
import static dev.beacon.telemetry.otlp.OtlpRequests.metrics;
import static dev.beacon.telemetry.otlp.OtlpRequests.nanos;
import static dev.beacon.telemetry.otlp.OtlpRequests.point;
import static io.opentelemetry.proto.metrics.v1.AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE;
import static io.opentelemetry.proto.metrics.v1.AggregationTemporality.AGGREGATION_TEMPORALITY_DELTA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@IntegrationTest
class OtlpHttpMetricsTest {

    private static final String DURATION = "gen_ai.client.operation.duration";
    private static final List<Double> TOKEN_BOUNDS = List.of(100.0, 500.0, 1000.0, 5000.0);

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    RollupJob rollups;
    @Autowired
    TelemetryQueryService telemetry;
    @Autowired
    JooqOtlpSeriesRepository series;
    @Autowired
    MutableClock clock;

    OtlpHttp otlp;
    Model model;
    KeyValue modelAttribute;
    IngestionKeys.Key key;
    Instant now;

    @BeforeEach
    void setUp() {
        otlp = new OtlpHttp(port);
        Team team = fixtures.team("otlp-metrics");
        model = fixtures.model(team, "llm");
        modelAttribute = attribute("gen_ai.request.model", model.data().servedModelName());
        key = IngestionKeys.create(fixtures, team);
        now = clock.instant();
    }

    @Test
    void delta_histograms_give_request_and_error_counts_bucketed_percentiles_tokens_and_context_use() throws Exception {
        Instant start = now.minusSeconds(60);
        Instant end = now.minusSeconds(1);
        var response = otlp.protobuf("/v1/metrics", metrics(
                histogram(DURATION, "s", AGGREGATION_TEMPORALITY_DELTA,
                        point(start, end, DURATION_BOUNDS, durationCounts(0, 0, 0, 0, 0, 60, 0, 30, 0, 10), 70, modelAttribute),
                        point(start, end, DURATION_BOUNDS, durationCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5), 40, modelAttribute,
                                attribute("error.type", "timeout"))),
                histogram("gen_ai.server.time_to_first_token", "s", AGGREGATION_TEMPORALITY_DELTA,
                        point(start, end, DURATION_BOUNDS, durationCounts(0, 0, 105), 4, modelAttribute)),
                histogram("gen_ai.client.token.usage", "{token}", AGGREGATION_TEMPORALITY_DELTA,
                        point(start, end, TOKEN_BOUNDS, new long[]{0, 105, 0, 0, 0}, 40_000, modelAttribute,
                                attribute("gen_ai.token.type", "input")),
                        point(start, end, TOKEN_BOUNDS, new long[]{105, 0, 0, 0, 0}, 12_000, modelAttribute,
                                attribute("gen_ai.token.type", "output")))), key.bearer());

        assertThat(response.status()).isEqualTo(200);
        assertThat(ExportMetricsServiceResponse.parseFrom(response.body()).hasPartialSuccess()).isFalse();
        TelemetrySummary summary = summary();
        assertThat(summary.requests()).isEqualTo(105);
        assertThat(summary.errors()).isEqualTo(5);
        assertThat(summary.errorsByType()).containsEntry("timeout", 5L);
        assertThat(summary.latencyP50Ms()).as("middle of the 0.16–0.32 s bucket").isCloseTo(240, within(2.4));
        assertThat(summary.latencyP95Ms()).as("middle of the 2.56–5.12 s bucket").isCloseTo(3840, within(38.4));
        assertThat(summary.timeToFirstTokenP50Ms()).as("middle of the 0.02–0.04 s bucket").isCloseTo(30, within(0.3));
        assertThat(summary.inputTokens()).isEqualTo(40_000);
        assertThat(summary.outputTokens()).isEqualTo(12_000);
        assertThat(summary.contextUtilizationP95()).as("300 tokens of 8192").isCloseTo(300.0 / 8192, within(0.001));
        assertThat(summary.bucketed()).isTrue();
    }

    @Test
    void cumulative_points_count_what_they_add_a_restart_counts_anew_and_a_retried_export_counts_once() {
        Instant start = now.minusSeconds(50);
        assertThat(send(cumulative(start, now.minusSeconds(40), 10))).isEqualTo(200);
        ExportMetricsServiceRequest second = cumulative(start, now.minusSeconds(30), 25);
        assertThat(send(second)).isEqualTo(200);
        assertThat(send(second)).isEqualTo(200);
        assertThat(send(cumulative(now.minusSeconds(20), now.minusSeconds(10), 4))).as("the client restarted").isEqualTo(200);

        assertThat(summary().requests()).isEqualTo(10 + 15 + 4);
    }

    @Test
    void the_first_point_of_a_long_running_cumulative_series_is_only_the_baseline() {
        Instant start = now.minus(Duration.ofHours(2));
        send(cumulative(start, now.minusSeconds(70), 1_000));
        send(cumulative(start, now.minusSeconds(10), 1_012));

        assertThat(summary().requests()).isEqualTo(12);
    }

    @Test
    void a_series_forgotten_after_a_week_without_points_starts_again_from_a_baseline() {
        Instant start = now.minus(Duration.ofHours(2));
        send(cumulative(start, now.minusSeconds(70), 1_000));
        series.forgetUnusedSince(clock.instant().plusSeconds(1)); // what OtlpJobs does once a series is a week old
        send(cumulative(start, now.minusSeconds(10), 1_012));
        send(cumulative(start, now.minusSeconds(5), 1_015));

        assertThat(summary().requests()).isEqualTo(3);
    }

    @Test
    void json_metrics_with_integer_enums_and_string_counts_are_understood() {
        String json = """
                {"resourceMetrics": [{
                  "resource": {"attributes": [{"key": "beacon.model.id", "value": {"stringValue": "%s"}}]},
                  "scopeMetrics": [{"metrics": [{
                    "name": "gen_ai.server.request.duration", "unit": "s",
                    "histogram": {"aggregationTemporality": 1, "dataPoints": [{
                      "startTimeUnixNano": "%d", "timeUnixNano": "%d",
                      "count": "7", "sum": 3.5, "bucketCounts": ["0", "7", "0"], "explicitBounds": [0.25, 1.0]
                    }]}
                  }]}]
                }]}""".formatted(model.id(), nanos(now.minusSeconds(30)), nanos(now.minusSeconds(1)));

        var response = otlp.json("/v1/metrics", json, key.bearer());

        assertThat(response.status()).isEqualTo(200);
        TelemetrySummary summary = summary();
        assertThat(summary.requests()).isEqualTo(7);
        assertThat(summary.latencyP50Ms()).isCloseTo(625, within(6.25));
    }

    @Test
    void points_for_unknown_models_old_times_or_as_exponential_histograms_are_rejected_and_other_metrics_ignored()
            throws Exception {
        Instant start = now.minusSeconds(60);
        Instant end = now.minusSeconds(1);
        ExportMetricsServiceRequest request = metrics(
                histogram("http.server.request.duration", "s", AGGREGATION_TEMPORALITY_DELTA,
                        point(start, end, DURATION_BOUNDS, durationCounts(9), 0.05)),
                histogram(DURATION, "s", AGGREGATION_TEMPORALITY_DELTA,
                        point(start, end, DURATION_BOUNDS, durationCounts(0, 3), 0.1, attribute("gen_ai.request.model", "no-such-model")),
                        point(now.minus(Duration.ofDays(41)), now.minus(Duration.ofDays(40)), DURATION_BOUNDS, durationCounts(0, 3), 0.1,
                                modelAttribute),
                        point(start, end, DURATION_BOUNDS, durationCounts(0, 2), 0.06, modelAttribute)),
                Metric.newBuilder().setName("gen_ai.server.time_to_first_token").setUnit("s")
                        .setExponentialHistogram(ExponentialHistogram.newBuilder()
                                .setAggregationTemporality(AGGREGATION_TEMPORALITY_DELTA)
                                .addDataPoints(ExponentialHistogramDataPoint.newBuilder().setCount(1).setTimeUnixNano(nanos(end))))
                        .build());

        var response = otlp.protobuf("/v1/metrics", request, key.bearer());

        assertThat(response.status()).isEqualTo(200);
        var partial = ExportMetricsServiceResponse.parseFrom(response.body()).getPartialSuccess();
        assertThat(partial.getRejectedDataPoints()).isEqualTo(3);
        assertThat(partial.getErrorMessage()).contains("Rejected 3 of 4 GenAI data points", "no-such-model",
                "older than", "explicit-bucket histograms");
        assertThat(summary().requests()).isEqualTo(2);
    }

    @Test
    void a_histogram_in_milliseconds_for_a_model_named_by_its_beacon_id_in_the_resource_stays_in_milliseconds() {
        Instant start = now.minusSeconds(30);
        ExportMetricsServiceRequest request = metrics(histogram(DURATION, "ms", AGGREGATION_TEMPORALITY_DELTA,
                point(start, now.minusSeconds(1), List.of(100.0, 200.0), new long[]{0, 4, 0}, 600,
                        attribute("gen_ai.request.model", "gpt-4o"))));
        request = request.toBuilder().setResourceMetrics(0, ResourceMetrics.newBuilder(request.getResourceMetrics(0))
                .setResource(Resource.newBuilder().addAttributes(attribute("beacon.model.id", model.id().toString())))).build();

        assertThat(send(request)).isEqualTo(200);

        TelemetrySummary summary = summary();
        assertThat(summary.requests()).isEqualTo(4);
        assertThat(summary.latencyP50Ms()).as("a histogram in ms stays in ms").isCloseTo(150, within(1.5));
    }

    private ExportMetricsServiceRequest cumulative(Instant start, Instant time, long requests) {
        return metrics(histogram(DURATION, "s", AGGREGATION_TEMPORALITY_CUMULATIVE,
                point(start, time, DURATION_BOUNDS, durationCounts(0, 0, 0, 0, 0, requests), requests * 0.25, modelAttribute)));
    }

    private int send(ExportMetricsServiceRequest request) {
        return otlp.protobuf("/v1/metrics", request, key.bearer()).status();
    }

    private TelemetrySummary summary() {
        rollups.runOnce();
        return fixtures.asAdmin(() -> telemetry.summary(model.id(), now.minus(Duration.ofHours(3)), clock.instant().plusSeconds(60)));
    }
}
