package dev.beacon.security;

import dev.beacon.shared.UserId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The user on whose behalf the current request runs. */
@Component
public class CurrentUser {

    public Optional<SignedInUser> details() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The personal API token the current request was authenticated with, if it came through the REST API. */
    public Optional<ActingApiToken> apiToken() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getDetails() instanceof ActingApiToken token
                ? Optional.of(token) : Optional.empty();
    }

    public UserId id() {
        return require().userId();
    }

    public String username() {
        return require().getUsername();
    }

    public boolean isAdmin() {
        return details().map(SignedInUser::admin).orElse(false);
    }

    private SignedInUser require() {
        return details().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
