package dev.beacon.security.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Limits for personal API tokens.
 *
 * @param maxLifetime the longest validity a new token may get; every token expires (decision record 0009)
 */
@ConfigurationProperties("beacon.security.api-token")
public record ApiTokenProperties(Duration maxLifetime) {

    public ApiTokenProperties {
        if (maxLifetime == null) {
            maxLifetime = Duration.ofDays(365);
        }
        if (maxLifetime.isNegative() || maxLifetime.isZero()) {
            throw new IllegalArgumentException("beacon.security.api-token.max-lifetime must be positive, e.g. 365d");
        }
    }
}
