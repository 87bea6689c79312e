package dev.beacon.security;

import dev.beacon.security.internal.JooqApiTokenRepository;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.UserId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.UUID;

/**
 * Revokes personal API tokens, for their owner or for an ADMIN, and records each revocation in the
 * audit log. The calling service has already decided that the caller may do it.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ApiTokenRevoker {

    private final JooqApiTokenRepository tokens;
    private final AuditLog auditLog;
    private final Clock clock;

    ApiTokenRevoker(JooqApiTokenRepository tokens, AuditLog auditLog, Clock clock) {
        this.tokens = tokens;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Revokes one token; "not found" when the owner has no such token or it is already revoked. */
    void revoke(UserId owner, String ownerName, UUID tokenId) {
        ApiToken token = tokens.findActive(owner, tokenId).orElseThrow(() -> new NotFoundException("Token"));
        tokens.revoke(owner, tokenId, clock.instant());
        auditLog.recorded(subject(ownerName, token), "REVOKED", "Revoked API token " + token.name() + " of " + ownerName);
    }

    /** Revokes every token of the user, e.g. because an ADMIN disabled them or reset their password. */
    void revokeAll(UserAccount owner, String reason) {
        for (ApiToken token : tokens.revokeAllOf(owner.id(), clock.instant())) {
            auditLog.recorded(subject(owner.username(), token), "REVOKED",
                    "Revoked API token " + token.name() + " of " + owner.username() + " (" + reason + ")");
        }
    }

    static AuditSubject subject(String ownerName, ApiToken token) {
        return new AuditSubject(null, "API token", token.id().toString(), ownerName + "/" + token.name());
    }
}
