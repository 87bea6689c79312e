package dev.beacon.telemetry.probe;

import dev.beacon.telemetry.ProbeState;

import java.time.Duration;

/**
 * What one health probe found.
 *
 * @param errorClass an OutboundFailure or CheckFailure name, null when the server is up
 * @param detail     a short, safe description (parsed values only, never a response body)
 */
public record ProbeOutcome(ProbeState state, Duration latency, String errorClass, String detail) {

    static ProbeOutcome up(Duration latency, String detail) {
        return new ProbeOutcome(ProbeState.UP, latency, null, detail);
    }

    static ProbeOutcome starting(Duration latency, Enum<?> errorClass, String detail) {
        return new ProbeOutcome(ProbeState.STARTING, latency, errorClass.name(), detail);
    }

    static ProbeOutcome down(Duration latency, Enum<?> errorClass, String detail) {
        return new ProbeOutcome(ProbeState.DOWN, latency, errorClass.name(), detail);
    }

    double latencyMs() {
        return latency.toNanos() / 1_000_000.0;
    }
}
