package dev.beacon.telemetry;

import java.time.Instant;

/** The latest health probe of a model: when, what it found, how long it took, and why it failed. */
public record LastProbe(Instant probedAt, ProbeState state, Double latencyMs, String errorClass, String detail) {
}
