package dev.beacon.bench;

import java.time.Instant;

/**
 * Writes a {@link SyntheticRequest} as the REST API's JSON and as a row of PostgreSQL's COPY text format for
 * request_event — the same values, so the REST and the COPY benchmark store identical rows.
 */
final class EventText {

    /** request_event's columns in the order {@link #copyRow} writes them. */
    static final String COPY_COLUMNS = "team_id, model_id, occurred_at, latency_ms, ttft_ms, input_tokens, output_tokens,"
            + " error_type, temperature, max_tokens, client_event_id, source";
    static final String TEMPERATURE = "0.7";
    static final String MAX_TOKENS = "1024";

    private EventText() {
    }

    /** Appends the event as a JSON object; the client event id is written by {@code clientId}. */
    static void json(StringBuilder out, SyntheticRequest request, Runnable clientId) {
        out.append("{\"model\":\"").append(request.model().servedName())
                .append("\",\"timestamp\":\"").append(Instant.ofEpochMilli(request.atMillis()))
                .append("\",\"latencyMs\":").append(request.latencyMs());
        if (request.ttftMs() != null) {
            out.append(",\"timeToFirstTokenMs\":").append(request.ttftMs());
        }
        out.append(",\"inputTokens\":").append(request.inputTokens())
                .append(",\"outputTokens\":").append(request.outputTokens());
        if (request.errorType() == null) {
            out.append(",\"status\":\"ok\"");
        } else {
            out.append(",\"status\":\"error\",\"errorType\":\"").append(request.errorType()).append('"');
        }
        out.append(",\"temperature\":").append(TEMPERATURE).append(",\"maxTokens\":").append(MAX_TOKENS)
                .append(",\"clientEventId\":\"");
        clientId.run();
        out.append("\"}");
    }

    /**
     * Appends the event as a line of COPY text, with the given team id; {@code clientId} writes the client event id,
     * or nothing for none ({@code \N}).
     */
    static void copyRow(StringBuilder out, String teamId, SyntheticRequest request, Runnable clientId, String source) {
        out.append(teamId).append('\t').append(request.model().id().value()).append('\t')
                .append(Instant.ofEpochMilli(request.atMillis())).append('\t').append(request.latencyMs()).append('\t');
        if (request.ttftMs() == null) {
            out.append("\\N");
        } else {
            out.append(request.ttftMs());
        }
        out.append('\t').append(request.inputTokens()).append('\t').append(request.outputTokens()).append('\t')
                .append(request.errorType() == null ? "\\N" : request.errorType()).append('\t')
                .append(TEMPERATURE).append('\t').append(MAX_TOKENS).append('\t');
        if (clientId == null) {
            out.append("\\N");
        } else {
            clientId.run();
        }
        out.append('\t').append(source).append('\n');
    }
}
