package dev.beacon.telemetry.otlp;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.InstrumentationScope;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.AggregationTemporality;
import io.opentelemetry.proto.metrics.v1.Histogram;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** OTLP messages built with the proto builders, as an instrumented application would send them. */
final class OtlpRequests {

    /** The bucket bounds the GenAI conventions advise for durations, in seconds. */
    static final List<Double> DURATION_BOUNDS = List.of(0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12,
            10.24, 20.48, 40.96, 81.92);

    private OtlpRequests() {
    }

    static KeyValue attribute(String key, String value) {
        return KeyValue.newBuilder().setKey(key).setValue(AnyValue.newBuilder().setStringValue(value)).build();
    }

    static KeyValue attribute(String key, long value) {
        return KeyValue.newBuilder().setKey(key).setValue(AnyValue.newBuilder().setIntValue(value)).build();
    }

    static KeyValue attribute(String key, double value) {
        return KeyValue.newBuilder().setKey(key).setValue(AnyValue.newBuilder().setDoubleValue(value)).build();
    }

    /** A chat span for the model: 400 input and 120 output tokens, temperature 0.2. */
    static Span.Builder chatSpan(String model, Instant end, double latencyMs) {
        long endNanos = nanos(end);
        return Span.newBuilder()
                .setTraceId(randomId(16)).setSpanId(randomId(8))
                .setName("chat " + model).setKind(Span.SpanKind.SPAN_KIND_CLIENT)
                .setStartTimeUnixNano(endNanos - Math.round(latencyMs * 1_000_000)).setEndTimeUnixNano(endNanos)
                .addAttributes(attribute("gen_ai.operation.name", "chat"))
                .addAttributes(attribute("gen_ai.provider.name", "openai"))
                .addAttributes(attribute("gen_ai.request.model", model))
                .addAttributes(attribute("gen_ai.usage.input_tokens", 400L))
                .addAttributes(attribute("gen_ai.usage.output_tokens", 120L))
                .addAttributes(attribute("gen_ai.request.temperature", 0.2));
    }

    /** A span of the application's own work, without GenAI attributes. */
    static Span.Builder httpSpan(Instant end) {
        return Span.newBuilder().setTraceId(randomId(16)).setSpanId(randomId(8)).setName("GET /orders")
                .setStartTimeUnixNano(nanos(end) - 5_000_000).setEndTimeUnixNano(nanos(end))
                .addAttributes(attribute("http.request.method", "GET"));
    }

    static ExportTraceServiceRequest traces(Span.Builder... spans) {
        ScopeSpans.Builder scope = ScopeSpans.newBuilder().setScope(InstrumentationScope.newBuilder().setName("test-genai"));
        Arrays.stream(spans).forEach(scope::addSpans);
        return ExportTraceServiceRequest.newBuilder()
                .addResourceSpans(ResourceSpans.newBuilder()
                        .setResource(Resource.newBuilder().addAttributes(attribute("service.name", "support-bot")))
                        .addScopeSpans(scope))
                .build();
    }

    /** A histogram point over the bounds; counts has one more entry than bounds. */
    static HistogramDataPoint.Builder point(Instant start, Instant time, List<Double> bounds, long[] counts, double sum,
                                            KeyValue... attributes) {
        HistogramDataPoint.Builder point = HistogramDataPoint.newBuilder()
                .setStartTimeUnixNano(nanos(start)).setTimeUnixNano(nanos(time))
                .setCount(Arrays.stream(counts).sum()).setSum(sum)
                .addAllExplicitBounds(bounds)
                .addAllAttributes(Arrays.asList(attributes));
        Arrays.stream(counts).forEach(point::addBucketCounts);
        return point;
    }

    static Metric histogram(String name, String unit, AggregationTemporality temporality, HistogramDataPoint.Builder... points) {
        Histogram.Builder histogram = Histogram.newBuilder().setAggregationTemporality(temporality);
        Arrays.stream(points).forEach(histogram::addDataPoints);
        return Metric.newBuilder().setName(name).setUnit(unit).setHistogram(histogram).build();
    }

    static ExportMetricsServiceRequest metrics(Metric... metrics) {
        return ExportMetricsServiceRequest.newBuilder()
                .addResourceMetrics(ResourceMetrics.newBuilder()
                        .setResource(Resource.newBuilder().addAttributes(attribute("service.name", "support-bot")))
                        .addScopeMetrics(ScopeMetrics.newBuilder()
                                .setScope(InstrumentationScope.newBuilder().setName("test-genai"))
                                .addAllMetrics(Arrays.asList(metrics))))
                .build();
    }

    /** Counts for {@link #DURATION_BOUNDS}: {@code perBucket[i]} values in bucket i, the rest empty. */
    static long[] durationCounts(long... perBucket) {
        return Arrays.copyOf(perBucket, DURATION_BOUNDS.size() + 1);
    }

    static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    private static ByteString randomId(int bytes) {
        byte[] id = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(id);
        return ByteString.copyFrom(id);
    }
}
