package dev.beacon.telemetry.api;

import dev.beacon.telemetry.ingest.BatchTooLargeException;
import dev.beacon.telemetry.ingest.BodyTooLargeException;
import dev.beacon.telemetry.ingest.IngestionProblem;
import dev.beacon.telemetry.ingest.RateLimitedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Problem answers for what only telemetry ingestion throws; everything else (a field error, malformed
 * JSON) goes through the API's common mapping in shared.web.ApiErrors. Every answer says that nothing was stored.
 */
@RestControllerAdvice(basePackages = "dev.beacon.telemetry")
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // before Boot's generic handler, which would not name the expected type
class IngestApiErrors {

    /** A batch with thousands of bad items would answer megabytes; the first ones show what is wrong. */
    static final int MAX_REPORTED = 100;

    @ExceptionHandler(RejectedBatchException.class)
    ProblemDetail invalid(RejectedBatchException e) {
        List<IngestionProblem> problems = e.batch().problems();
        Map<String, String> errors = new LinkedHashMap<>();
        problems.stream().limit(MAX_REPORTED).forEach(p -> errors.putIfAbsent(p.path(e.collection()), p.message()));
        long items = problems.stream().mapToInt(IngestionProblem::index).distinct().count();
        String listed = problems.size() > MAX_REPORTED ? "the first " + MAX_REPORTED + " are listed" : "all are listed";
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", items + " item(s) of the batch are invalid, with "
                + problems.size() + " problem(s); " + listed + " in 'errors'. Nothing of the batch was stored.");
        problem.setProperty("errors", errors);
        problem.setProperty("errorCount", problems.size());
        return problem;
    }

    @ExceptionHandler(BatchTooLargeException.class)
    ProblemDetail tooManyItems(BatchTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "Content Too Large", e.getMessage() + ". Nothing was stored.");
    }

    @ExceptionHandler(BodyTooLargeException.class)
    ProblemDetail tooManyBytes(BodyTooLargeException e) {
        ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, "Content Too Large", e.getMessage() + ". Nothing was stored.");
        problem.setProperty("limitBytes", e.limitBytes());
        return problem;
    }

    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<ProblemDetail> rateLimited(RateLimitedException e) {
        ProblemDetail problem = problem(HttpStatus.TOO_MANY_REQUESTS, "Too Many Requests", e.getMessage() + ". Nothing was stored.");
        problem.setProperty("retryAfterSeconds", e.retryAfterSeconds());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(problem);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> notJson(HttpMediaTypeNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .body(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type",
                        "Send the batch as JSON with Content-Type: application/json. Nothing was stored."));
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
