package dev.beacon.security.internal;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Counts sign-in attempts per username and per client address, and locks either out for a while once
 * too many have failed. An attempt takes its slot before the password is checked ({@link #reserve}), so
 * attempts running at the same moment cannot all slip past the limit; a success gives the slot back.
 * Kept in memory, at most {@code maxTrackedKeys} keys of each kind: see
 * docs/design-decisions/0005-login-throttling.md.
 */
@Component
public class LoginThrottle {

    /** Failures (and attempts still running) of one key since its window started. */
    private static final class Counter {
        final Instant windowStart;
        int attempts;
        Instant lockedUntil;

        Counter(Instant now) {
            windowStart = now;
        }

        boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    private static final Duration PURGE_INTERVAL = Duration.ofMinutes(1);

    private final Map<String, Counter> byUser;
    private final Map<String, Counter> byAddress;
    private final LoginThrottleProperties properties;
    private final Clock clock;
    private Instant nextPurge = Instant.MIN;

    LoginThrottle(LoginThrottleProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.byUser = bounded(properties.maxTrackedKeys());
        this.byAddress = bounded(properties.maxTrackedKeys());
    }

    /**
     * Takes one attempt's slot for the username and the address key, or refuses the attempt when either
     * is locked or has no slot left (all of them failed or still running). A refused attempt changes
     * nothing, so it cannot push other keys out of memory either.
     *
     * @throws LoginThrottledException when the attempt must not reach the password check
     */
    synchronized Reservation reserve(String username, String addressKey) {
        Instant now = clock.instant();
        forgetStale(now);
        Counter user = live(byUser, username, now);
        Counter address = live(byAddress, addressKey, now);
        Duration wait = longer(waitFor(user, properties.maxFailuresPerUser(), now),
                waitFor(address, properties.maxFailuresPerAddress(), now));
        if (wait.isPositive()) {
            throw new LoginThrottledException(wait);
        }
        return new Reservation(username, admit(byUser, username, user, now), addressKey, admit(byAddress, addressKey, address, now));
    }

    /** How long the username stays locked, or empty when it is not locked. */
    public synchronized Optional<Duration> lockRemaining(String username) {
        Instant now = clock.instant();
        Counter user = byUser.get(username);
        return user != null && user.lockedAt(now) ? Optional.of(Duration.between(now, user.lockedUntil)) : Optional.empty();
    }

    /**
     * Lifts the username's lock and forgets its failures. Locks of client addresses stay: they are not
     * one person's, and they end on their own.
     *
     * @return whether the username was locked
     */
    public synchronized boolean unlock(String username) {
        Counter user = byUser.remove(username);
        return user != null && user.lockedAt(clock.instant());
    }

    /** The key's counter, or null when it has none or only a stale one. */
    private Counter live(Map<String, Counter> counters, String key, Instant now) {
        Counter counter = counters.get(key);
        return counter == null || isStale(counter, now) ? null : counter;
    }

    /** Counts the attempt on the key's live counter, starting a new window (at the map's young end) if there is none. */
    private static Counter admit(Map<String, Counter> counters, String key, Counter live, Instant now) {
        Counter counter = live;
        if (counter == null) {
            counter = new Counter(now);
            counters.remove(key);
            counters.put(key, counter);
        }
        counter.attempts++;
        return counter;
    }

    /** A lock's remaining time; the whole lock duration while every slot is taken by attempts still running. */
    private Duration waitFor(Counter counter, int limit, Instant now) {
        if (counter == null) {
            return Duration.ZERO;
        }
        if (counter.lockedAt(now)) {
            return Duration.between(now, counter.lockedUntil);
        }
        return counter.attempts >= limit ? properties.lockDuration() : Duration.ZERO;
    }

    /** A key whose lock has ended, or whose window has passed without a lock, starts afresh. */
    private boolean isStale(Counter counter, Instant now) {
        if (counter.lockedUntil != null) {
            return !counter.lockedAt(now);
        }
        return counter.windowStart.plus(properties.window()).isBefore(now);
    }

    /** Frees the memory of keys whose window has passed, at most once a minute. */
    private void forgetStale(Instant now) {
        if (now.isAfter(nextPurge)) {
            byUser.values().removeIf(counter -> isStale(counter, now));
            byAddress.values().removeIf(counter -> isStale(counter, now));
            nextPurge = now.plus(PURGE_INTERVAL);
        }
    }

    private static Duration longer(Duration first, Duration second) {
        return first.compareTo(second) >= 0 ? first : second;
    }

    /**
     * Insertion order is the order in which windows started (a new window re-inserts its key), so the
     * eldest entry is the one to forget first when there are too many.
     */
    private static Map<String, Counter> bounded(int maxKeys) {
        return new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Counter> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** What a failed attempt led to. */
    record Failure(Optional<Duration> lockedUser, Optional<Duration> lockedAddress) {
    }

    /**
     * One attempt's slot, taken before its password check; exactly one of its methods is called. It holds
     * the counters it was counted on, so a window that started meanwhile is not changed by it.
     */
    final class Reservation {

        private final String username;
        private final Counter user;
        private final String addressKey;
        private final Counter address;

        private Reservation(String username, Counter user, String addressKey, Counter address) {
            this.username = username;
            this.user = user;
            this.addressKey = addressKey;
            this.address = address;
        }

        /** The attempt keeps its slot as a failure; reaching a limit locks the key. */
        Failure failed() {
            synchronized (LoginThrottle.this) {
                Instant now = clock.instant();
                return new Failure(lockIfFull(byUser, username, user, properties.maxFailuresPerUser(), now),
                        lockIfFull(byAddress, addressKey, address, properties.maxFailuresPerAddress(), now));
            }
        }

        /**
         * Clears the username's failures, and gives back the slot of the address only: a success from an
         * address says nothing about the other usernames tried from it, and clearing them would let
         * anyone with one account reset the address limit.
         */
        void succeeded() {
            synchronized (LoginThrottle.this) {
                byUser.remove(username, user);
                giveBack(byAddress, addressKey, address);
            }
        }

        /** The password could not be checked (e.g. the database is down): the attempt counts for nothing. */
        void cancelled() {
            synchronized (LoginThrottle.this) {
                giveBack(byUser, username, user);
                giveBack(byAddress, addressKey, address);
            }
        }

        private Optional<Duration> lockIfFull(Map<String, Counter> counters, String key, Counter reserved, int limit, Instant now) {
            Counter counter = reserved;
            if (counters.get(key) != reserved) {
                // The reserved window was forgotten or replaced meanwhile: the failure counts in the current one.
                counter = admit(counters, key, live(counters, key, now), now);
            }
            if (counter.attempts >= limit && !counter.lockedAt(now)) {
                counter.lockedUntil = now.plus(properties.lockDuration());
                return Optional.of(properties.lockDuration());
            }
            return Optional.empty();
        }

        private static void giveBack(Map<String, Counter> counters, String key, Counter reserved) {
            if (counters.get(key) == reserved && --reserved.attempts <= 0 && reserved.lockedUntil == null) {
                counters.remove(key);
            }
        }
    }
}
