package dev.beacon.telemetry;

import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;

import java.time.Instant;
import java.util.UUID;

/**
 * An ingestion key of a team, without its secret (only a hash of it is stored).
 *
 * @param prefix    the first characters of the secret, so people can tell keys apart
 * @param model     the one model the key may write telemetry for, or null for every model of the team
 * @param modelName that model's name, or null
 * @param createdBy the username of who created it
 */
public record IngestionKey(UUID id, TeamId team, String name, String prefix, ModelId model, String modelName,
                           String createdBy, Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {

    public Status status(Instant now) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return expiresAt != null && !expiresAt.isAfter(now) ? Status.EXPIRED : Status.ACTIVE;
    }

    /** Whether the key works right now. */
    public enum Status { ACTIVE, EXPIRED, REVOKED }
}
