package dev.beacon.telemetry.rollup;

/** The value distributions every rollup keeps as a quantile sketch. */
public enum Distribution {
    /** End-to-end request latency in milliseconds. */
    LATENCY,
    /** Time to first token in milliseconds. */
    TTFT,
    /** Inter-token latency (time per output token after the first) in milliseconds. */
    ITL,
    /** Output tokens per second of one request. */
    GENERATION_SPEED,
    /** Input tokens divided by the model's context window (0–1, more when a request overflowed). */
    CONTEXT_USE,
    /** Time a request waited in the server's queue, in milliseconds. */
    QUEUE_TIME
}
