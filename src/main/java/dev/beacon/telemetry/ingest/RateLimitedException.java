package dev.beacon.telemetry.ingest;

import java.time.Duration;

/** An ingestion key sent more than its rate limit allows; nothing of the request was stored. */
public class RateLimitedException extends RuntimeException {

    private final Duration retryAfter;

    public RateLimitedException(Duration retryAfter, String message) {
        super(message);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds to wait, at least one (for the Retry-After header). */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
