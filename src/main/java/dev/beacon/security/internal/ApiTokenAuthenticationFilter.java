package dev.beacon.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;

/** Authenticates API requests that carry "Authorization: Bearer bcn_…" with a personal API token. */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private final JooqApiTokenRepository tokens;
    private final Clock clock;

    ApiTokenAuthenticationFilter(JooqApiTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String secret = header.substring(7).strip();
            String hash = ApiTokenSecrets.hash(secret);
            tokens.findUserByTokenHash(hash, clock.instant()).ifPresent(user -> {
                tokens.markUsed(hash, clock.instant());
                // Look the holder strategy up per request: Vaadin replaces it after this filter is built.
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
                SecurityContextHolder.setContext(context);
            });
        }
        chain.doFilter(request, response);
    }
}
