package dev.beacon.security.internal;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** Sign-in refused without checking the password, because of too many recent failures. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super("Too many failed sign-in attempts");
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }

    /** A message for the login page, rounded up to whole minutes. */
    public String userMessage() {
        long minutes = Math.max(1, (retryAfter.toSeconds() + 59) / 60);
        return "Too many failed attempts. Try again in " + minutes + (minutes == 1 ? " minute." : " minutes.");
    }
}
