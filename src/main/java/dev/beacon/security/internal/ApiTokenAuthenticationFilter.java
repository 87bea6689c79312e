package dev.beacon.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;

/**
 * Authenticates API requests that carry "Authorization: Bearer bcn_…" with a personal API token; the
 * token itself becomes the authentication's details, so the audit log can name it.
 * The holder strategy is looked up per request, not when the filter is built: Vaadin replaces the
 * global strategy while the application starts, and a context set through the replaced one is
 * invisible to the rest of the chain. The authentication is also saved in the chain's context
 * repository: this filter runs once per request, so forwards and error dispatches of the same
 * request must find it there.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private final JooqApiTokenRepository tokens;
    private final Clock clock;
    private final SecurityContextRepository repository;

    ApiTokenAuthenticationFilter(JooqApiTokenRepository tokens, Clock clock, SecurityContextRepository repository) {
        this.tokens = tokens;
        this.clock = clock;
        this.repository = repository;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String secret = header.substring(7).strip();
            String hash = ApiTokenSecrets.hash(secret);
            tokens.findActiveByHash(hash, clock.instant()).ifPresent(owner -> {
                tokens.markUsed(hash, clock.instant());
                SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
                var context = contexts.createEmptyContext();
                var user = owner.user();
                var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
                authentication.setDetails(owner.token());
                context.setAuthentication(authentication);
                contexts.setContext(context);
                repository.saveContext(context, request, response);
            });
        }
        chain.doFilter(request, response);
    }
}
