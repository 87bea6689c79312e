package dev.beacon.security.internal;

import dev.beacon.security.SignedInUser;
import dev.beacon.shared.UserId;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Objects;
import java.util.stream.Stream;

/**
 * Ends a user's browser sessions, so that disabling a user, changing their global role or their
 * password takes effect at their next click instead of at their next sign-in. An ended session is
 * refused by the UI and the actuator filter chains alike.
 */
@Component
public class SessionRevoker {

    private final SessionRegistry sessions;

    SessionRevoker(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    public void signOutEverywhere(UserId user) {
        sessionsOf(user).forEach(SessionInformation::expireNow);
    }

    /** Ends every session of the user except the one of the current request, which stays signed in. */
    public void signOutOtherSessions(UserId user) {
        String current = currentSessionId();
        sessionsOf(user)
                .filter(session -> !Objects.equals(session.getSessionId(), current))
                .forEach(SessionInformation::expireNow);
    }

    private Stream<SessionInformation> sessionsOf(UserId user) {
        return sessions.getAllPrincipals().stream()
                .filter(principal -> principal instanceof SignedInUser signedIn && signedIn.userId().equals(user))
                .flatMap(principal -> sessions.getAllSessions(principal, false).stream());
    }

    /** The HTTP session of the request being served, if any; never creates one. */
    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
