package dev.beacon.telemetry.otlp;

import dev.beacon.telemetry.ingest.ModelResolver;
import dev.beacon.telemetry.ingest.RequestEventInput;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Turns a span that follows the GenAI semantic conventions into a request event. Spans without GenAI
 * attributes (HTTP, database, the application's own) and agent or tool spans are not requests to a model:
 * they give no event, and they are not an error either.
 */
final class GenAiSpans {

    private static final double NANOS_PER_MS = 1_000_000.0;

    private GenAiSpans() {
    }

    static boolean isModelRequest(OtlpAttributes attributes) {
        if (!attributes.hasAny(GenAiConventions.GEN_AI_SPAN_MARKERS)) {
            return false;
        }
        return attributes.text(GenAiConventions.OPERATION_NAME)
                .map(operation -> !GenAiConventions.NON_MODEL_OPERATIONS.contains(operation))
                .orElse(true);
    }

    /** The span as a request event, checked later like any other; empty when it is no request to a model. */
    static Optional<RequestEventInput> toEvent(Span span, OtlpAttributes resource, ModelResolver models) {
        OtlpAttributes attributes = OtlpAttributes.of(span.getAttributesList());
        if (!isModelRequest(attributes)) {
            return Optional.empty();
        }
        String model = GenAiAttributes.modelReference(attributes, resource, models).orElse(null);
        double latencyMs = (span.getEndTimeUnixNano() - span.getStartTimeUnixNano()) / NANOS_PER_MS;
        Double ttftMs = attributes.number(GenAiConventions.VLLM_TIME_TO_FIRST_TOKEN_SECONDS).map(s -> s * 1000).orElse(null);
        Optional<String> errorType = attributes.text(GenAiConventions.ERROR_TYPE).map(GenAiAttributes::errorType);
        boolean failed = span.getStatus().getCode() == Status.StatusCode.STATUS_CODE_ERROR || errorType.isPresent();
        return Optional.of(new RequestEventInput(model, instant(span.getEndTimeUnixNano()), latencyMs, ttftMs,
                attributes.wholeNumber(GenAiConventions.USAGE_INPUT_TOKENS).orElse(null),
                attributes.wholeNumber(GenAiConventions.USAGE_OUTPUT_TOKENS).orElse(null),
                failed ? "error" : "ok", failed ? errorType.orElse("error") : null,
                attributes.number(GenAiConventions.REQUEST_TEMPERATURE).orElse(null),
                attributes.wholeNumber(List.of(GenAiConventions.REQUEST_MAX_TOKENS)).orElse(null),
                clientEventId(span)));
    }

    /** Trace id + span id: a span exported twice (a retry) is stored once. */
    private static String clientEventId(Span span) {
        if (span.getTraceId().isEmpty() || span.getSpanId().isEmpty()) {
            return null;
        }
        return HexFormat.of().formatHex(span.getTraceId().toByteArray()) + HexFormat.of().formatHex(span.getSpanId().toByteArray());
    }

    static Instant instant(long unixNanos) {
        return Instant.ofEpochSecond(0, unixNanos);
    }
}
