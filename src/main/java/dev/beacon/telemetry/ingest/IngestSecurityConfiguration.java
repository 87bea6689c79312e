package dev.beacon.telemetry.ingest;

import com.google.rpc.Code;
import com.google.rpc.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

import java.util.Locale;

/**
 * The telemetry ingestion paths take ingestion keys only — not personal API tokens, not sessions — and
 * ingestion keys open nothing else (the other filter chains do not know them). Stateless, no CSRF.
 */
@Configuration(proxyBeanMethods = false)
class IngestSecurityConfiguration {

    /** REST batch API and OTLP/HTTP (the OpenTelemetry default paths). */
    static final String[] PATHS = {"/api/v1/ingest/**", "/v1/traces", "/v1/metrics"};

    private static final String UNAUTHORIZED = "Send a valid ingestion key of your team in Authorization: Bearer bik_…"
            + " (unknown, revoked and expired keys are refused)";
    private static final String PROTOBUF = "application/x-protobuf";

    @Bean
    @Order(0)
    SecurityFilterChain ingestFilterChain(HttpSecurity http, IngestionKeyAuthenticator keys) throws Exception {
        return http.securityMatcher(PATHS)
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .addFilterBefore(new IngestionKeyFilter(keys), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority(IngestionKeyFilter.AUTHORITY))
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Bearer");
                    response.setStatus(401);
                    if (isProtobuf(request.getContentType())) {
                        // OTLP/HTTP clients that send protobuf expect a protobuf google.rpc.Status on failures.
                        byte[] status = Status.newBuilder().setCode(Code.UNAUTHENTICATED_VALUE).setMessage(UNAUTHORIZED).build().toByteArray();
                        response.setContentType(PROTOBUF);
                        response.setContentLength(status.length);
                        response.getOutputStream().write(status);
                        return;
                    }
                    response.setCharacterEncoding("UTF-8");
                    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                            + "\"detail\":\"Send a valid ingestion key of your team: Authorization: Bearer bik_…"
                            + " (unknown, revoked and expired keys are refused)\"}");
                }))
                .build();
    }

    private static boolean isProtobuf(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(PROTOBUF);
    }
}
