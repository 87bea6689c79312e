package dev.beacon.simulator.traffic;

import java.time.Instant;

/**
 * One simulated request, as the server and its client saw it.
 *
 * @param errorType     why it failed, in Beacon's words ({@code timeout}, {@code rate_limited}, {@code server_error},
 *                      {@code context_length_exceeded}, {@code unavailable}); null when it succeeded
 * @param ttftMs        time to the first token; null when no token came
 * @param queueMs       time it waited in the server's queue (part of the time to first token)
 * @param interTokenMs  mean time per output token after the first
 * @param hitMaxTokens  whether generation stopped at {@code maxTokens} (vLLM's finished_reason "length")
 * @param id            unique: the client event id, and the seed of its span's trace and span ids
 */
public record SimRequest(String id, Instant finishedAt, double latencyMs, Double ttftMs, double queueMs,
                         double interTokenMs, int promptTokens, int outputTokens, int maxTokens, double temperature,
                         boolean hitMaxTokens, String errorType) {

    public boolean failed() {
        return errorType != null;
    }

    /** Time spent generating after the first token. */
    public double decodeMs() {
        return ttftMs == null ? 0 : Math.max(0, latencyMs - ttftMs);
    }

    /** Time spent on the prompt, after the queue. */
    public double prefillMs() {
        return ttftMs == null ? 0 : Math.max(0, ttftMs - queueMs);
    }
}
