package dev.beacon.security.internal;

import dev.beacon.security.SignedInUser;
import dev.beacon.shared.UserId;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends a user's browser sessions, so that disabling a user or changing their global role takes
 * effect at their next click instead of at their next sign-in.
 */
@Component
public class SessionRevoker {

    private final SessionRegistry sessions;

    SessionRevoker(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    public void signOutEverywhere(UserId user) {
        sessions.getAllPrincipals().stream()
                .filter(principal -> principal instanceof SignedInUser signedIn && signedIn.userId().equals(user))
                .flatMap(principal -> sessions.getAllSessions(principal, false).stream())
                .forEach(SessionInformation::expireNow);
    }
}
