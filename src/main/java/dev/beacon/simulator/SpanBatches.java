package dev.beacon.simulator;

import com.google.protobuf.ByteString;
import dev.beacon.simulator.traffic.SimRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.InstrumentationScope;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Requests as an OTLP trace export, one client span per request following the OpenTelemetry GenAI semantic
 * conventions, as an instrumented gateway's SDK would send them. Trace and span ids come from the request id,
 * so a batch sent again is the same spans.
 */
final class SpanBatches {

    static final String SERVICE = "support-gateway";

    private SpanBatches() {
    }

    static ExportTraceServiceRequest export(String servedModelName, List<SimRequest> requests) {
        ScopeSpans.Builder scope = ScopeSpans.newBuilder()
                .setScope(InstrumentationScope.newBuilder().setName("opentelemetry-instrumentation-openai").setVersion("2.1b0"));
        requests.forEach(request -> scope.addSpans(span(servedModelName, request)));
        return ExportTraceServiceRequest.newBuilder().addResourceSpans(ResourceSpans.newBuilder()
                        .setResource(Resource.newBuilder()
                                .addAttributes(text("service.name", SERVICE))
                                .addAttributes(text("telemetry.sdk.language", "python")))
                        .addScopeSpans(scope))
                .build();
    }

    private static Span span(String servedModelName, SimRequest request) {
        UUID id = UUID.fromString(request.id());
        long end = nanos(request.finishedAt());
        Span.Builder span = Span.newBuilder()
                .setTraceId(ByteString.copyFrom(ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
                        .putLong(id.getLeastSignificantBits()).array()))
                .setSpanId(ByteString.copyFrom(ByteBuffer.allocate(8).putLong(id.getLeastSignificantBits() ^ id.getMostSignificantBits()).array()))
                .setName("chat " + servedModelName)
                .setKind(Span.SpanKind.SPAN_KIND_CLIENT)
                .setStartTimeUnixNano(end - Math.round(request.latencyMs() * 1_000_000))
                .setEndTimeUnixNano(end)
                .addAttributes(text("gen_ai.operation.name", "chat"))
                .addAttributes(text("gen_ai.provider.name", "openai"))
                .addAttributes(text("gen_ai.request.model", servedModelName))
                .addAttributes(number("gen_ai.request.temperature", request.temperature()))
                .addAttributes(whole("gen_ai.request.max_tokens", request.maxTokens()))
                .addAttributes(whole("gen_ai.usage.input_tokens", request.promptTokens()));
        if (request.failed()) {
            span.addAttributes(text("error.type", request.errorType()))
                    .setStatus(Status.newBuilder().setCode(Status.StatusCode.STATUS_CODE_ERROR).setMessage(request.errorType()));
        } else {
            span.addAttributes(text("gen_ai.response.model", servedModelName))
                    .addAttributes(whole("gen_ai.usage.output_tokens", request.outputTokens()));
        }
        return span.build();
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    private static KeyValue text(String key, String value) {
        return KeyValue.newBuilder().setKey(key).setValue(AnyValue.newBuilder().setStringValue(value)).build();
    }

    private static KeyValue number(String key, double value) {
        return KeyValue.newBuilder().setKey(key).setValue(AnyValue.newBuilder().setDoubleValue(value)).build();
    }

    private static KeyValue whole(String key, long value) {
        return KeyValue.newBuilder().setKey(key).setValue(AnyValue.newBuilder().setIntValue(value)).build();
    }
}
