package dev.beacon.telemetry.outbound;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The answer of a model server, or why there was none.
 *
 * @param status   the HTTP status, 0 when the call failed before an answer
 * @param failure  null when the server answered 2xx
 * @param detail   a short, safe description for logs and the UI (never the body)
 */
public record OutboundResponse(int status, String contentType, byte[] body, Duration duration, OutboundFailure failure,
                               String detail) {

    public boolean ok() {
        return failure == null;
    }

    public String bodyText() {
        return body == null ? "" : new String(body, StandardCharsets.UTF_8);
    }

    static OutboundResponse failed(OutboundFailure failure, Duration duration, String detail) {
        return new OutboundResponse(0, null, null, duration, failure, detail);
    }
}
