package dev.beacon.security.internal;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per username and per client address, and locks either out for a while once
 * it has failed too often. Kept in memory: see docs/design-decisions/0005-login-throttling.md.
 */
@Component
class LoginThrottle {

    private record Failures(Instant windowStart, int count, Instant lockedUntil) {
    }

    private final Map<String, Failures> byUser = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private final LoginThrottleProperties properties;
    private final Clock clock;

    LoginThrottle(LoginThrottleProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** How long the caller must still wait, or empty when they may try to sign in now. */
    Optional<Duration> lockRemaining(String username, String address) {
        Instant now = clock.instant();
        Duration user = remaining(byUser.get(username), now);
        Duration client = remaining(byAddress.get(address), now);
        Duration longest = user.compareTo(client) >= 0 ? user : client;
        return longest.isPositive() ? Optional.of(longest) : Optional.empty();
    }

    void recordFailure(String username, String address) {
        Instant now = clock.instant();
        byUser.compute(username, (key, failures) -> next(failures, now, properties.maxFailuresPerUser()));
        byAddress.compute(address, (key, failures) -> next(failures, now, properties.maxFailuresPerAddress()));
        forgetExpired(now);
    }

    /**
     * Clears the username's failures only: a success from an address says nothing about the other
     * usernames tried from it, and clearing them would let anyone with one account reset the address limit.
     */
    void recordSuccess(String username) {
        byUser.remove(username);
    }

    private Failures next(Failures failures, Instant now, int limit) {
        if (failures == null || failures.windowStart().plus(properties.window()).isBefore(now)) {
            failures = new Failures(now, 0, null);
        }
        int count = failures.count() + 1;
        Instant lockedUntil = count >= limit ? now.plus(properties.lockDuration()) : failures.lockedUntil();
        return new Failures(failures.windowStart(), count, lockedUntil);
    }

    private static Duration remaining(Failures failures, Instant now) {
        if (failures == null || failures.lockedUntil() == null) {
            return Duration.ZERO;
        }
        return Duration.between(now, failures.lockedUntil());
    }

    /** Keeps memory bounded when many different names or addresses fail. */
    private void forgetExpired(Instant now) {
        Duration horizon = properties.window().compareTo(properties.lockDuration()) >= 0
                ? properties.window() : properties.lockDuration();
        Instant cutoff = now.minus(horizon);
        byUser.values().removeIf(f -> isStale(f, cutoff, now));
        byAddress.values().removeIf(f -> isStale(f, cutoff, now));
    }

    private static boolean isStale(Failures failures, Instant cutoff, Instant now) {
        boolean locked = failures.lockedUntil() != null && failures.lockedUntil().isAfter(now);
        return !locked && failures.windowStart().isBefore(cutoff);
    }
}
