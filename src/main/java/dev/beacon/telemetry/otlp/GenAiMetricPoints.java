package dev.beacon.telemetry.otlp;

import dev.beacon.registry.ModelEntry;
import dev.beacon.shared.TeamId;
import dev.beacon.telemetry.ingest.ModelResolver;
import dev.beacon.telemetry.ingest.TimeWindow;
import dev.beacon.telemetry.otlp.GenAiConventions.MetricRole;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.common.v1.InstrumentationScope;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.common.v1.KeyValueList;
import io.opentelemetry.proto.metrics.v1.AggregationTemporality;
import io.opentelemetry.proto.metrics.v1.DataPointFlags;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks the GenAI histogram points out of an OTLP metrics request and checks them: each must name a model
 * of the caller's team, lie in the team's time window and be a well-formed explicit-bucket histogram.
 * Other metrics are ignored; bad points are counted in {@link Rejections}.
 */
final class GenAiMetricPoints {

    /** A checked point, with the series it belongs to. */
    record Point(String seriesHash, ModelEntry model, MetricRole role, String unit, boolean cumulative,
                 HistogramSample sample, String errorType, String tokenType) {
    }

    private final TeamId team;
    private final ModelResolver models;
    private final TimeWindow window;
    private final List<Point> points = new ArrayList<>();
    private final Rejections rejections = new Rejections();
    private int genAiPoints;

    GenAiMetricPoints(TeamId team, ModelResolver models, TimeWindow window) {
        this.team = team;
        this.models = models;
        this.window = window;
    }

    GenAiMetricPoints read(ExportMetricsServiceRequest request) {
        for (ResourceMetrics resourceMetrics : request.getResourceMetricsList()) {
            OtlpAttributes resource = OtlpAttributes.of(resourceMetrics.getResource().getAttributesList());
            byte[] resourceKey = canonical(resourceMetrics.getResource().getAttributesList());
            for (ScopeMetrics scopeMetrics : resourceMetrics.getScopeMetricsList()) {
                for (Metric metric : scopeMetrics.getMetricsList()) {
                    MetricRole role = GenAiConventions.METRICS.get(metric.getName());
                    if (role != null) {
                        read(metric, role, resource, resourceKey, scopeMetrics.getScope());
                    }
                }
            }
        }
        return this;
    }

    private void read(Metric metric, MetricRole role, OtlpAttributes resource, byte[] resourceKey, InstrumentationScope scope) {
        if (!metric.hasHistogram()) {
            int count = switch (metric.getDataCase()) {
                case EXPONENTIAL_HISTOGRAM -> metric.getExponentialHistogram().getDataPointsCount();
                case SUM -> metric.getSum().getDataPointsCount();
                case GAUGE -> metric.getGauge().getDataPointsCount();
                default -> 0;
            };
            for (int i = 0; i < count; i++) {
                genAiPoints++;
                rejections.add("Beacon reads GenAI metrics as explicit-bucket histograms; " + metric.getName()
                        + " came as " + metric.getDataCase().name().toLowerCase(Locale.ROOT).replace('_', ' '), metric.getName());
            }
            return;
        }
        AggregationTemporality temporality = metric.getHistogram().getAggregationTemporality();
        for (HistogramDataPoint point : metric.getHistogram().getDataPointsList()) {
            if ((point.getFlags() & DataPointFlags.DATA_POINT_FLAGS_NO_RECORDED_VALUE_MASK_VALUE) != 0) {
                continue; // the series has no value in this interval: nothing to take, nothing wrong
            }
            genAiPoints++;
            check(metric, role, temporality, point, resource, resourceKey, scope);
        }
    }

    private void check(Metric metric, MetricRole role, AggregationTemporality temporality, HistogramDataPoint point,
                       OtlpAttributes resource, byte[] resourceKey, InstrumentationScope scope) {
        OtlpAttributes attributes = OtlpAttributes.of(point.getAttributesList());
        Optional<String> reference = GenAiAttributes.modelReference(attributes, resource, models);
        if (reference.isEmpty()) {
            rejections.add("Name the model with " + GenAiConventions.REQUEST_MODEL + " or " + GenAiConventions.BEACON_MODEL_ID, metric.getName());
            return;
        }
        ModelResolver.Resolved resolved = models.resolve(reference.get());
        if (!resolved.found()) {
            rejections.add(resolved.problem(), metric.getName());
            return;
        }
        if (temporality != AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE
                && temporality != AggregationTemporality.AGGREGATION_TEMPORALITY_DELTA) {
            rejections.add("Give the aggregation temporality (delta or cumulative)", metric.getName());
            return;
        }
        HistogramSample sample = HistogramSample.of(point);
        if (!sample.isWellFormed()) {
            rejections.add("The bucket counts do not fit the explicit bounds or do not add up to the count", metric.getName());
            return;
        }
        Optional<String> timeProblem = window.problemWith(GenAiSpans.instant(point.getTimeUnixNano()));
        if (timeProblem.isPresent()) {
            rejections.add(timeProblem.get(), metric.getName());
            return;
        }
        points.add(new Point(seriesHash(resourceKey, scope, metric.getName(), point.getAttributesList()), resolved.model(),
                role, metric.getUnit(), temporality == AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE, sample,
                attributes.text(GenAiConventions.ERROR_TYPE).map(GenAiAttributes::errorType).orElse(null),
                attributes.text(GenAiConventions.TOKEN_TYPE).orElse(null)));
    }

    List<Point> points() {
        return points;
    }

    Rejections rejections() {
        return rejections;
    }

    /** GenAI points the request carried (taken, rejected or already taken before). */
    int genAiPoints() {
        return genAiPoints;
    }

    /** Same team, resource, scope, metric and point attributes: the same series. */
    private String seriesHash(byte[] resourceKey, InstrumentationScope scope, String metric, List<KeyValue> attributes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : List.of(team.toString().getBytes(StandardCharsets.UTF_8), resourceKey,
                    scope.getName().getBytes(StandardCharsets.UTF_8), scope.getVersion().getBytes(StandardCharsets.UTF_8),
                    metric.getBytes(StandardCharsets.UTF_8), canonical(attributes))) {
                digest.update(Integer.toString(part.length).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) ':');
                digest.update(part);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Attributes in key order, so the order a client happens to send them in does not matter. */
    private static byte[] canonical(List<KeyValue> attributes) {
        List<KeyValue> sorted = attributes.stream().sorted(Comparator.comparing(KeyValue::getKey)).toList();
        return KeyValueList.newBuilder().addAllValues(sorted).build().toByteArray();
    }
}
