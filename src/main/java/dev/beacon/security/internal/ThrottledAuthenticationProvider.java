package dev.beacon.security.internal;

import dev.beacon.security.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.util.Locale;

/**
 * Takes a slot from the throttle before the password is checked, tells the throttle how the attempt
 * ended, and announces sign-ins and failures for the audit log.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle, ApplicationEventPublisher events) {
        this.delegate = delegate;
        this.throttle = throttle;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName() == null ? "" : authentication.getName().strip().toLowerCase(Locale.ROOT);
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? String.valueOf(details.getRemoteAddress()) : "unknown";
        String addressKey = ClientAddresses.throttleKey(address);
        LoginThrottle.Reservation attempt = throttle.reserve(username, addressKey);
        Authentication result;
        try {
            result = delegate.authenticate(authentication);
        } catch (InternalAuthenticationServiceException e) {
            // The password could not be checked at all (e.g. the database is unreachable): not the user's failure.
            attempt.cancelled();
            throw e;
        } catch (AuthenticationException e) {
            events.publishEvent(new SignInFailed(username, address, addressKey, attempt.failed()));
            throw new BadCredentialsException("Invalid username or password", e);
        } catch (RuntimeException e) {
            attempt.cancelled();
            throw e;
        }
        attempt.succeeded();
        if (result.getPrincipal() instanceof SignedInUser user) {
            events.publishEvent(new SignedIn(user, address));
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
