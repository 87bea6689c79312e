package dev.beacon.telemetry.internal;

import dev.beacon.telemetry.ProbeState;

import java.time.Instant;

/** One stored probe result. */
public record ProbeReading(Instant probedAt, ProbeState state, Double latencyMs, String errorClass, String detail) {
}
