package dev.beacon.security;

import java.time.Instant;
import java.util.UUID;

/**
 * A personal API token, without its secret (which is stored only as a hash).
 *
 * @param prefix the first characters of the secret, so the owner can tell tokens apart
 */
public record ApiToken(UUID id, String name, String prefix, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {
}
