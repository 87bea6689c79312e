package dev.beacon.telemetry;

import java.time.Instant;

/**
 * The latest scrape or probe of a model, as an operator reads it.
 *
 * @param outcome          scrape: OK, BASELINE (first reading, nothing to compare with yet) or FAILED; probe:
 *                         UP, STARTING or DOWN
 * @param errorClass       why it failed, e.g. CONNECTION_REFUSED or MODEL_NOT_LOADED; null when all went well
 * @param errorDescription the error class in plain words
 * @param detail           a short, safe description: parsed values only, never a response body
 */
public record MonitorCheck(Instant checkedAt, double durationMs, String outcome, String errorClass,
                           String errorDescription, String detail) {
}
