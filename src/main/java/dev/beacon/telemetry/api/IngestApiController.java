package dev.beacon.telemetry.api;

import dev.beacon.telemetry.TelemetryProperties;
import dev.beacon.telemetry.ingest.BodyTooLargeException;
import dev.beacon.telemetry.ingest.EventSource;
import dev.beacon.telemetry.ingest.IngestReport;
import dev.beacon.telemetry.ingest.IngestionCaller;
import dev.beacon.telemetry.ingest.IngestionRateLimiter;
import dev.beacon.telemetry.ingest.IngestionService;
import dev.beacon.telemetry.ingest.InvalidBatchException;
import dev.beacon.telemetry.ingest.RequestEventInput;
import dev.beacon.telemetry.ingest.ScoreInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;

/**
 * The REST batch API for telemetry, for holders of an ingestion key (see IngestSecurityConfiguration).
 * A batch is read, charged to the key's rate limit, checked whole and stored in one transaction, so a
 * 200 means committed and a 4xx means nothing was stored. The answer is 200 rather than 202: nothing is
 * left to do later that could still fail.
 */
@RestController
@RequestMapping("/api/v1/ingest")
@Tag(name = "Ingestion", description = "Send telemetry with an ingestion key of your team")
@SecurityRequirement(name = IngestApiDocs.SCHEME)
@ApiResponse(responseCode = "200", description = "Committed", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
        schema = @Schema(implementation = IngestResult.class)))
@ApiResponse(responseCode = "400", description = "Invalid batch; 'errors' names each offending field, nothing was stored",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "401", description = "No valid ingestion key (unknown, revoked or expired)",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "413", description = "More than 10,000 items or 5 MB (after decompression)",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "415", description = "Not Content-Type: application/json, or an encoding other than gzip",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "429", description = "The key sends more items per second than its rate limit; see Retry-After",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
class IngestApiController {

    private final IngestionService ingestion;
    private final IngestionRateLimiter rateLimiter;
    private final BatchReader<RequestEventInput> events;
    private final BatchReader<ScoreInput> scores;

    IngestApiController(IngestionService ingestion, IngestionRateLimiter rateLimiter, ObjectMapper json,
                        TelemetryProperties properties) {
        this.ingestion = ingestion;
        this.rateLimiter = rateLimiter;
        this.events = new BatchReader<>(json, RequestEventInput.class, "events", properties.maxBatchEvents(), EventJson::read);
        this.scores = new BatchReader<>(json, ScoreInput.class, "scores", properties.maxBatchEvents());
    }

    @PostMapping("/events")
    @Operation(summary = "Send a batch of request events", description = IngestApiDocs.EVENTS)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            array = @ArraySchema(schema = @Schema(implementation = RequestEventInput.class)),
            examples = @ExampleObject(name = "events", value = IngestApiDocs.EVENTS_EXAMPLE)))
    IngestResult events(@Parameter(hidden = true) @AuthenticationPrincipal IngestionCaller caller,
                        @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
                        @Parameter(hidden = true) InputStream body) throws BodyTooLargeException, HttpMediaTypeNotSupportedException {
        requireJson(contentType);
        List<RequestEventInput> batch = events.read(body);
        rateLimiter.consume(caller, batch.size());
        return stored("events", () -> ingestion.ingestEvents(caller, batch, EventSource.API, true));
    }

    @PostMapping("/scores")
    @Operation(summary = "Send a batch of accuracy or evaluation scores", description = IngestApiDocs.SCORES)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            array = @ArraySchema(schema = @Schema(implementation = ScoreInput.class)),
            examples = @ExampleObject(name = "scores", value = IngestApiDocs.SCORES_EXAMPLE)))
    IngestResult scores(@Parameter(hidden = true) @AuthenticationPrincipal IngestionCaller caller,
                        @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
                        @Parameter(hidden = true) InputStream body) throws BodyTooLargeException, HttpMediaTypeNotSupportedException {
        requireJson(contentType);
        List<ScoreInput> batch = scores.read(body);
        rateLimiter.consume(caller, batch.size());
        return stored("scores", () -> ingestion.ingestScores(caller, batch, EventSource.API, true));
    }

    private static IngestResult stored(String collection, Supplier<IngestReport> ingest) {
        try {
            return IngestResult.of(ingest.get());
        } catch (InvalidBatchException e) {
            throw new RejectedBatchException(collection, e);
        }
    }

    /**
     * Checked here rather than with "consumes": the catch-all for unknown API paths would otherwise take
     * the request and answer 404 instead of 415.
     */
    private static void requireJson(String contentType) throws HttpMediaTypeNotSupportedException {
        MediaType type = null;
        try {
            type = contentType == null ? null : MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            // not a media type at all: refused below like any type that is not JSON
        }
        if (type == null || !MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)) {
            throw new HttpMediaTypeNotSupportedException(type, List.of(MediaType.APPLICATION_JSON), HttpMethod.POST);
        }
    }
}
