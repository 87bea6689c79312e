package dev.beacon.security.internal;

import dev.beacon.security.AuditSubject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.Optional;

/**
 * Writes sign-ins, failed sign-ins and lockouts to the audit log. Their entries belong to no team, so
 * only ADMINs read them. Each is written in a transaction of its own, and a failed write is logged
 * instead of thrown: the audit log must never decide whether someone can sign in.
 */
@Component
class SignInAuditor {

    private static final Logger log = LoggerFactory.getLogger(SignInAuditor.class);
    private static final int MAX_LENGTH = 60;

    private final JooqAuditRepository audit;
    private final TransactionTemplate ownTransaction;
    private final LoginThrottleProperties limits;

    SignInAuditor(JooqAuditRepository audit, PlatformTransactionManager transactions, LoginThrottleProperties limits) {
        this.audit = audit;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.limits = limits;
    }

    @EventListener
    void signedIn(SignedIn event) {
        var user = event.user();
        write(() -> audit.append(user.userId(), user.getUsername(), null,
                AuditSubject.signIn(user.userId().toString(), user.getUsername()),
                "SIGNED_IN", "Signed in from " + printable(event.address()), null, null));
    }

    /** Unknown usernames are recorded as typed (shortened), never as users: no account is created for them. */
    @EventListener
    void signInFailed(SignInFailed event) {
        String username = printable(event.username());
        String address = printable(event.address());
        String addressKey = printable(event.addressKey());
        var subject = AuditSubject.signIn(username, username);
        write(() -> {
            audit.append(null, "anonymous", null, subject, "SIGN_IN_FAILED",
                    "Failed sign-in as " + username + " from " + address, null, null);
            event.failure().lockedUser().ifPresent(duration -> audit.append(null, "system", null, subject, "LOCKED_OUT",
                    "Locked sign-in as " + username + " for " + minutes(duration) + " after "
                            + limits.maxFailuresPerUser() + " failed attempts, the last from " + address, null, null));
            event.failure().lockedAddress().ifPresent(duration -> audit.append(null, "system", null,
                    AuditSubject.signIn(addressKey, addressKey), "LOCKED_OUT",
                    "Locked sign-ins from " + addressKey + " for " + minutes(duration) + " after "
                            + limits.maxFailuresPerAddress() + " failed attempts", null, null));
        });
    }

    private void write(Runnable entries) {
        try {
            ownTransaction.executeWithoutResult(status -> entries.run());
        } catch (RuntimeException e) {
            log.warn("Could not write a sign-in to the audit log: {}", e.getMessage());
        }
    }

    /** What a client sent (a username, an address), without control characters and at most 60 characters long. */
    static String printable(String text) {
        String cleaned = Optional.ofNullable(text).orElse("").replaceAll("\\p{Cntrl}", "?");
        if (cleaned.isBlank()) {
            return "(blank)";
        }
        return cleaned.codePointCount(0, cleaned.length()) > MAX_LENGTH
                ? cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_LENGTH - 1)) + "…"
                : cleaned;
    }

    private static String minutes(Duration duration) {
        long minutes = Math.max(1, duration.toMinutes());
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
