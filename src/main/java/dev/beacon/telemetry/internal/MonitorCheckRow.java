package dev.beacon.telemetry.internal;

import java.time.Instant;

/**
 * The latest scrape or probe of a model.
 *
 * @param outcome    SCRAPE: OK, BASELINE or FAILED; PROBE: UP, STARTING or DOWN
 * @param errorClass an {@code OutboundFailure} or {@code CheckFailure} name, null when all went well
 * @param detail     a short, safe description (never a response body)
 */
public record MonitorCheckRow(Instant checkedAt, double durationMs, String outcome, String errorClass, String detail) {
}
