package dev.beacon.notification.delivery;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/** When a failed delivery is tried again: after each configured delay in turn, then never. */
@Component
class RetryPolicy {

    private final NotificationProperties properties;

    RetryPolicy(NotificationProperties properties) {
        this.properties = properties;
    }

    /** The time of the next attempt after attempt number {@code attempt} failed at {@code now}; empty when that was the last. */
    Optional<Instant> nextAttempt(int attempt, Instant now) {
        var delays = properties.retryDelays();
        return attempt <= delays.size() ? Optional.of(now.plus(delays.get(attempt - 1))) : Optional.empty();
    }

    int maxAttempts() {
        return properties.retryDelays().size() + 1;
    }
}
