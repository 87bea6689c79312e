package dev.beacon.notification;

import java.time.Instant;

/**
 * One attempt to send a notice to one target.
 *
 * @param httpStatus the webhook's answer, null for other targets or when no answer came
 * @param error      why the attempt failed (an SMTP error, a refused address, a timeout), null when it succeeded
 */
public record DeliveryAttempt(int attempt, Instant at, boolean delivered, Integer httpStatus, String error, Integer durationMs) {
}
