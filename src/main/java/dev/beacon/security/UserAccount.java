package dev.beacon.security;

import dev.beacon.shared.UserId;

import java.time.Instant;

/** A person who can sign in to Beacon. */
public record UserAccount(UserId id, int version, String username, String displayName, String email,
                          boolean admin, boolean enabled, String timeZone, Instant createdAt) {
}
