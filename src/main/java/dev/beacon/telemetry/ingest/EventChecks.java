package dev.beacon.telemetry.ingest;

import dev.beacon.registry.ModelEntry;
import dev.beacon.telemetry.internal.RequestEventRow;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules every request event must meet, whichever way it arrives. Limits catch broken clients
 * (a latency in microseconds, a token count in bytes) before they skew a team's percentiles.
 */
final class EventChecks {

    static final double MAX_LATENCY_MS = 3_600_000;
    static final long MAX_TOKENS = 10_000_000;
    static final double MAX_TEMPERATURE = 5;
    static final int MAX_CLIENT_ID = 128;
    private static final Pattern ERROR_TYPE = Pattern.compile("[a-z0-9][a-z0-9_.:-]{0,63}");

    private final ModelResolver models;
    private final TimeWindow window;

    EventChecks(ModelResolver models, TimeWindow window) {
        this.models = models;
        this.window = window;
    }

    /** The event as stored, or null after adding its problems to the list. */
    RequestEventRow check(int index, RequestEventInput event, List<IngestionProblem> problems) {
        int before = problems.size();
        Problems report = (field, message) -> problems.add(new IngestionProblem(index, field, message));
        ModelResolver.Resolved resolved = models.resolve(event.model());
        if (!resolved.found()) {
            report.add("model", resolved.problem());
        }
        Instant time = window.check(event.timestamp(), report, "timestamp");
        if (event.latencyMs() == null) {
            report.add("latencyMs", "Give the end-to-end latency in milliseconds");
        } else if (!inRange(event.latencyMs(), 0, MAX_LATENCY_MS)) {
            report.add("latencyMs", "Must be between 0 and 3,600,000 ms (one hour)");
        }
        if (event.timeToFirstTokenMs() != null && (!inRange(event.timeToFirstTokenMs(), 0, MAX_LATENCY_MS)
                || event.latencyMs() != null && event.timeToFirstTokenMs() > event.latencyMs())) {
            report.add("timeToFirstTokenMs", "Must be between 0 ms and the request's latency");
        }
        checkTokens(event.inputTokens(), "inputTokens", report);
        checkTokens(event.outputTokens(), "outputTokens", report);
        String errorType = errorType(event, report);
        if (event.temperature() != null && !inRange(event.temperature(), 0, MAX_TEMPERATURE)) {
            report.add("temperature", "Must be between 0 and 5");
        }
        if (event.maxTokens() != null && (event.maxTokens() < 1 || event.maxTokens() > MAX_TOKENS)) {
            report.add("maxTokens", "Must be between 1 and 10,000,000");
        }
        if (event.clientEventId() != null && (event.clientEventId().isBlank() || event.clientEventId().length() > MAX_CLIENT_ID)) {
            report.add("clientEventId", "Use 1–128 characters");
        }
        if (problems.size() > before) {
            return null;
        }
        ModelEntry model = resolved.model();
        return new RequestEventRow(model.team(), model.id(), time.truncatedTo(ChronoUnit.MICROS),
                event.latencyMs().floatValue(), event.timeToFirstTokenMs() == null ? null : event.timeToFirstTokenMs().floatValue(),
                tokens(event.inputTokens()), tokens(event.outputTokens()), errorType,
                event.temperature() == null ? null : event.temperature().floatValue(),
                event.maxTokens() == null ? null : event.maxTokens().intValue(),
                event.clientEventId(), model.contextWindow());
    }

    private static String errorType(RequestEventInput event, Problems report) {
        String status = normalized(event.status());
        String type = event.errorType() == null || event.errorType().isBlank() ? null : normalized(event.errorType());
        if (status != null && !status.equals("ok") && !status.equals("error")) {
            report.add("status", "Use ok or error");
            return null;
        }
        if (type != null && !ERROR_TYPE.matcher(type).matches()) {
            report.add("errorType", "Use 1–64 letters, digits, dots, dashes, colons or underscores, e.g. timeout");
            return null;
        }
        if ("ok".equals(status) && type != null) {
            report.add("errorType", "Only a request with status error has an error type");
            return null;
        }
        boolean failed = "error".equals(status) || status == null && type != null;
        return failed ? (type == null ? "unknown" : type) : null;
    }

    /** Stripped and lower case; most clients send it so already, and then nothing is copied. */
    private static String normalized(String text) {
        if (text == null || "ok".equals(text) || "error".equals(text)) {
            return text;
        }
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private static void checkTokens(Long tokens, String field, Problems report) {
        if (tokens != null && (tokens < 0 || tokens > MAX_TOKENS)) {
            report.add(field, "Must be between 0 and 10,000,000 tokens");
        }
    }

    private static int tokens(Long tokens) {
        return tokens == null ? 0 : tokens.intValue();
    }

    private static boolean inRange(double value, double min, double max) {
        return Double.isFinite(value) && value >= min && value <= max;
    }

    /** Where a check reports what is wrong. */
    @FunctionalInterface
    interface Problems {
        void add(String field, String message);
    }
}
