package dev.beacon.telemetry.ingest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Authenticates telemetry requests that carry "Authorization: Bearer bik_…" with an ingestion key.
 * The principal is the {@link IngestionCaller}; its only authority is to ingest.
 */
class IngestionKeyFilter extends OncePerRequestFilter {

    static final String AUTHORITY = "INGEST_TELEMETRY";

    private final IngestionKeyAuthenticator keys;

    IngestionKeyFilter(IngestionKeyAuthenticator keys) {
        this.keys = keys;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        IngestionKeyAuthenticator.bearerSecret(request.getHeader(HttpHeaders.AUTHORIZATION))
                .flatMap(keys::authenticate)
                .ifPresent(caller -> {
                    SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
                    var context = contexts.createEmptyContext();
                    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller, null,
                            AuthorityUtils.createAuthorityList(AUTHORITY)));
                    contexts.setContext(context);
                });
        chain.doFilter(request, response);
    }
}
