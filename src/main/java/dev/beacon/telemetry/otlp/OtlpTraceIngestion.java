package dev.beacon.telemetry.otlp;

import dev.beacon.telemetry.TelemetryProperties;
import dev.beacon.telemetry.ingest.EventSource;
import dev.beacon.telemetry.ingest.IngestionCaller;
import dev.beacon.telemetry.ingest.IngestionProblem;
import dev.beacon.telemetry.ingest.IngestionRateLimiter;
import dev.beacon.telemetry.ingest.IngestionService;
import dev.beacon.telemetry.ingest.ModelResolver;
import dev.beacon.telemetry.ingest.RequestEventInput;
import io.opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * OTLP traces, whichever transport brought them: GenAI spans become request events of the caller's
 * team, stored like REST events but with partial success — valid spans are kept, invalid ones reported in
 * {@code partial_success}. Spans are stored once even when a client retries an export (trace + span id).
 */
@Component
class OtlpTraceIngestion {

    /** The REST field names of {@link RequestEventInput} as a span carries them, for rejection messages. */
    private static final Map<String, String> SPAN_FIELDS = Map.of(
            "model", GenAiConventions.BEACON_MODEL_ID + " / " + GenAiConventions.RESPONSE_MODEL + " / " + GenAiConventions.REQUEST_MODEL,
            "timestamp", "end time",
            "latencyMs", "duration",
            "timeToFirstTokenMs", GenAiConventions.VLLM_TIME_TO_FIRST_TOKEN_SECONDS,
            "inputTokens", GenAiConventions.USAGE_INPUT_TOKENS.getFirst(),
            "outputTokens", GenAiConventions.USAGE_OUTPUT_TOKENS.getFirst(),
            "temperature", GenAiConventions.REQUEST_TEMPERATURE,
            "maxTokens", GenAiConventions.REQUEST_MAX_TOKENS,
            "errorType", GenAiConventions.ERROR_TYPE,
            "clientEventId", "trace and span id");

    private final IngestionService ingestion;
    private final IngestionRateLimiter rateLimiter;
    private final TelemetryProperties properties;

    OtlpTraceIngestion(IngestionService ingestion, IngestionRateLimiter rateLimiter, TelemetryProperties properties) {
        this.ingestion = ingestion;
        this.rateLimiter = rateLimiter;
        this.properties = properties;
    }

    /** @throws dev.beacon.telemetry.ingest.RateLimitedException when the key sent too many spans lately */
    ExportTraceServiceResponse export(IngestionCaller caller, ExportTraceServiceRequest request) {
        rateLimiter.consume(caller, spanCount(request));
        ModelResolver models = ingestion.resolverFor(caller);
        List<RequestEventInput> events = new ArrayList<>();
        List<Span> sources = new ArrayList<>();
        for (ResourceSpans resourceSpans : request.getResourceSpansList()) {
            OtlpAttributes resource = OtlpAttributes.of(resourceSpans.getResource().getAttributesList());
            for (ScopeSpans scopeSpans : resourceSpans.getScopeSpansList()) {
                for (Span span : scopeSpans.getSpansList()) {
                    GenAiSpans.toEvent(span, resource, models).ifPresent(event -> {
                        events.add(event);
                        sources.add(span);
                    });
                }
            }
        }
        Rejections rejections = new Rejections();
        // The ingestion service takes at most maxBatchEvents per call; every chunk commits on its own, which is
        // safe because a retried export stores each span once.
        int chunk = properties.maxBatchEvents();
        for (int start = 0; start < events.size(); start += chunk) {
            List<IngestionProblem> problems = ingestion.ingestEvents(caller,
                    events.subList(start, Math.min(events.size(), start + chunk)), EventSource.OTLP, false).rejected();
            reject(problems, sources.subList(start, Math.min(sources.size(), start + chunk)), rejections);
        }
        if (rejections.isEmpty()) {
            return ExportTraceServiceResponse.getDefaultInstance();
        }
        return ExportTraceServiceResponse.newBuilder()
                .setPartialSuccess(ExportTracePartialSuccess.newBuilder()
                        .setRejectedSpans(rejections.count())
                        .setErrorMessage(rejections.message("GenAI spans", events.size())))
                .build();
    }

    private static void reject(List<IngestionProblem> problems, List<Span> spans, Rejections rejections) {
        Map<Integer, List<IngestionProblem>> bySpan = new TreeMap<>();
        problems.forEach(problem -> bySpan.computeIfAbsent(problem.index(), i -> new ArrayList<>()).add(problem));
        bySpan.forEach((index, spanProblems) -> {
            IngestionProblem first = spanProblems.getFirst();
            String reason = SPAN_FIELDS.getOrDefault(first.field(), first.field()) + ": " + first.message()
                    + (spanProblems.size() > 1 ? " (and " + (spanProblems.size() - 1) + " more problems)" : "");
            rejections.add(reason, "span " + HexFormat.of().formatHex(spans.get(index).getSpanId().toByteArray()));
        });
    }

    private static long spanCount(ExportTraceServiceRequest request) {
        return request.getResourceSpansList().stream()
                .flatMap(resourceSpans -> resourceSpans.getScopeSpansList().stream())
                .mapToLong(ScopeSpans::getSpansCount)
                .sum();
    }
}
