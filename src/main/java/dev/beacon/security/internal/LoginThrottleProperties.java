package dev.beacon.security.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How many failed logins are tolerated before a username or a client address is locked out.
 *
 * @param maxFailuresPerUser    failures for one username within {@code window} that lock it
 * @param maxFailuresPerAddress failures from one client address (for IPv6, its /64 network) within {@code window}
 *                              that lock it
 * @param window                how far back failures count
 * @param lockDuration          how long a lock lasts
 * @param maxTrackedKeys        how many usernames, and how many client addresses, are remembered at most;
 *                              beyond that the key whose window started first is forgotten
 */
@ConfigurationProperties("beacon.security.login-throttle")
record LoginThrottleProperties(int maxFailuresPerUser, int maxFailuresPerAddress, Duration window, Duration lockDuration,
                               int maxTrackedKeys) {

    LoginThrottleProperties {
        if (maxFailuresPerUser <= 0) maxFailuresPerUser = 5;
        if (maxFailuresPerAddress <= 0) maxFailuresPerAddress = 20;
        if (window == null) window = Duration.ofMinutes(15);
        if (lockDuration == null) lockDuration = Duration.ofMinutes(15);
        if (maxTrackedKeys <= 0) maxTrackedKeys = 100_000;
    }
}
