package dev.beacon.telemetry.internal;

import java.util.List;

/** Request events as binary COPY data for request_event, columns as in {@link #STATEMENT}. */
final class RequestEventCopy {

    static final String STATEMENT = "copy request_event (team_id, model_id, occurred_at, latency_ms, ttft_ms, input_tokens,"
            + " output_tokens, error_type, temperature, max_tokens, client_event_id, source) from stdin (format binary)";
    private static final int COLUMNS = 12;
    /** A row without its texts: column count, 12 lengths, two UUIDs, a timestamp, five 4-byte numbers. */
    private static final int ROW_BYTES = 2 + COLUMNS * 4 + 2 * 16 + 8 + 5 * 4;

    private RequestEventCopy() {
    }

    /** Header, rows and trailer. */
    static byte[] encode(List<RequestEventRow> events, String source) {
        BinaryCopy copy = new BinaryCopy(events.size() * (ROW_BYTES + 64));
        for (RequestEventRow event : events) {
            copy.row(COLUMNS)
                    .uuid(event.team().value())
                    .uuid(event.model().value())
                    .timestamp(event.occurredAt())
                    .float4(event.latencyMs())
                    .float4(event.ttftMs())
                    .int4(event.inputTokens())
                    .int4(event.outputTokens())
                    .text(event.errorType())
                    .float4(event.temperature())
                    .int4(event.maxTokens())
                    .text(event.clientEventId())
                    .text(source);
        }
        return copy.finish();
    }
}
