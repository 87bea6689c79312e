package dev.beacon.telemetry.otlp;

import com.google.protobuf.Any;
import com.google.protobuf.Duration;
import com.google.protobuf.Message;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import com.google.rpc.RetryInfo;
import com.google.rpc.Status;
import dev.beacon.telemetry.ingest.IngestionCaller;
import dev.beacon.telemetry.ingest.RateLimitedException;
import dev.beacon.telemetry.ingest.BodyTooLargeException;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/**
 * OTLP/HTTP: {@code POST /v1/traces} and {@code /v1/metrics}, binary protobuf or JSON, optionally gzipped,
 * authenticated with an ingestion key ({@code Authorization: Bearer bik_…}, see IngestSecurityConfiguration).
 * Answers as the OTLP specification asks: 200 with an Export…ServiceResponse (with {@code partial_success}
 * when items were rejected), and a google.rpc.Status body on failures — 400 unreadable, 413 too large,
 * 415 unknown type or encoding, 429 with Retry-After — in the request's own encoding.
 */
@RestController
class OtlpHttpController {

    private static final Logger log = LoggerFactory.getLogger(OtlpHttpController.class);

    private final OtlpTraceIngestion traces;
    private final OtlpMetricIngestion metrics;

    OtlpHttpController(OtlpTraceIngestion traces, OtlpMetricIngestion metrics) {
        this.traces = traces;
        this.metrics = metrics;
    }

    @PostMapping("/v1/traces")
    void traces(@AuthenticationPrincipal IngestionCaller caller, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        OtlpEncoding encoding = encoding(request);
        ExportTraceServiceRequest message = encoding.parse(body(request), ExportTraceServiceRequest.newBuilder()).build();
        write(response, 200, encoding, traces.export(caller, message));
    }

    @PostMapping("/v1/metrics")
    void metrics(@AuthenticationPrincipal IngestionCaller caller, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        OtlpEncoding encoding = encoding(request);
        ExportMetricsServiceRequest message = encoding.parse(body(request), ExportMetricsServiceRequest.newBuilder()).build();
        write(response, 200, encoding, metrics.export(caller, message));
    }

    private static OtlpEncoding encoding(HttpServletRequest request) {
        return OtlpEncoding.of(request.getContentType()).orElseThrow(() -> new UnsupportedContentTypeException(request.getContentType()));
    }

    /** Already decompressed and size-capped by IngestBodyFilter, like every telemetry body. */
    private static byte[] body(HttpServletRequest request) throws IOException {
        return request.getInputStream().readAllBytes();
    }

    @ExceptionHandler(UnreadablePayloadException.class)
    void unreadable(UnreadablePayloadException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Status status = status(Code.INVALID_ARGUMENT, e.getMessage()).addDetails(Any.pack(BadRequest.newBuilder()
                .addFieldViolations(BadRequest.FieldViolation.newBuilder().setField("body").setDescription(e.getMessage()))
                .build())).build();
        write(response, 400, replyEncoding(request), status);
    }

    @ExceptionHandler(BodyTooLargeException.class)
    void tooLarge(BodyTooLargeException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(response, 413, replyEncoding(request), status(Code.INVALID_ARGUMENT, e.getMessage()).build());
    }

    @ExceptionHandler(UnsupportedContentTypeException.class)
    void unsupported(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(response, 415, replyEncoding(request), status(Code.INVALID_ARGUMENT, e.getMessage()).build());
    }

    /** A gzip stream that ends early or is corrupt. */
    @ExceptionHandler(IOException.class)
    void corrupt(IOException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(response, 400, replyEncoding(request), status(Code.INVALID_ARGUMENT,
                "The request body could not be read (is the gzip data complete?): " + e.getMessage()).build());
    }

    @ExceptionHandler(RateLimitedException.class)
    void rateLimited(RateLimitedException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        write(response, 429, replyEncoding(request), status(Code.RESOURCE_EXHAUSTED, e.getMessage())
                .addDetails(Any.pack(RetryInfo.newBuilder()
                        .setRetryDelay(Duration.newBuilder().setSeconds(e.retryAfterSeconds())).build()))
                .build());
    }

    /** The database is briefly unavailable: 503 is one of the codes OTLP clients retry. */
    @ExceptionHandler(TransientDataAccessException.class)
    void unavailable(TransientDataAccessException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        log.warn("OTLP data could not be stored for now", e);
        write(response, 503, replyEncoding(request), status(Code.UNAVAILABLE, "Beacon could not store the data just now; retry later").build());
    }

    /** Failures are answered in the request's encoding; JSON when it had none Beacon understands. */
    private static OtlpEncoding replyEncoding(HttpServletRequest request) {
        return OtlpEncoding.of(request.getContentType()).orElse(OtlpEncoding.JSON);
    }

    private static Status.Builder status(Code code, String message) {
        return Status.newBuilder().setCode(code.getNumber()).setMessage(message);
    }

    private static void write(HttpServletResponse response, int status, OtlpEncoding encoding, Message message) throws IOException {
        byte[] body = encoding.print(message);
        response.setStatus(status);
        response.setContentType(encoding.mediaType().toString());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** A Content-Type that is neither protobuf nor JSON. */
    static class UnsupportedContentTypeException extends RuntimeException {
        UnsupportedContentTypeException(String contentType) {
            super("Content-Type '" + contentType + "' is not supported; send application/x-protobuf or application/json");
        }
    }
}
