package dev.beacon.alerting;

import dev.beacon.telemetry.ModelHealth;

import java.time.Instant;

/** A stretch of a model's health timeline: Critical, Warning, or Good (no active alert). */
public record HealthPeriod(ModelHealth health, Instant from, Instant to) {
}
