package dev.beacon.security.internal;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.session.SessionAuthenticationException;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.HeaderWriterFilter;

import java.time.Clock;

/**
 * Three filter chains: the REST API (personal API tokens only, stateless), Beacon's own actuator
 * endpoints, and the Vaadin UI (form login with throttling).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties({LoginThrottleProperties.class, ApiTokenProperties.class})
class SecurityConfig {

    /**
     * What the UI (and the API browser at /api/docs) may load and run. Vaadin Flow needs inline scripts
     * (its bootstrap page starts the client engine inline), 'unsafe-eval' (the engine turns the
     * JavaScript the server sends, e.g. executeJs and event data expressions, into functions) and inline
     * styles (Lumo and the components set them); see Vaadin's "Content Security Policy" documentation.
     * Everything comes from Beacon itself; nothing may frame it, plugins are off, forms post only to it.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(BeaconUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
                                                ApplicationEventPublisher events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle, events));
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when sessions end, so it does not keep them forever. */
    @Bean
    ServletListenerRegistrationBean<HttpSessionEventPublisher> sessionEventPublisher() {
        return new ServletListenerRegistrationBean<>(new HttpSessionEventPublisher());
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, JooqApiTokenRepository tokens, Clock clock) throws Exception {
        var problems = new JsonAuthenticationEntryPoint();
        var contexts = new RequestAttributeSecurityContextRepository();
        return http.securityMatcher("/api/v1/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(contexts))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, clock, contexts), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuatorFilterChain(HttpSecurity http, @Value("${beacon.metrics.token:}") String metricsToken,
                                            SessionRegistry sessionRegistry) throws Exception {
        var problems = new JsonAuthenticationEntryPoint();
        return http.securityMatcher("/actuator/**")
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                // ADMINs signed in to the UI may open the metrics with their session: a session that
                // SessionRevoker ended must be refused here as well, not only on the UI's pages.
                .sessionManagement(session -> session.sessionConcurrency(concurrency -> concurrency
                        .maximumSessions(-1)
                        .sessionRegistry(sessionRegistry)
                        .expiredSessionStrategy(event -> problems.commence(event.getRequest(), event.getResponse(),
                                new SessionAuthenticationException("This session has ended")))))
                .addFilterBefore(new MetricsTokenFilter(metricsToken), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/prometheus").hasAnyAuthority("ROLE_ADMIN", MetricsTokenFilter.AUTHORITY)
                        .anyRequest().hasRole("ADMIN"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain uiFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                      SessionRegistry sessionRegistry) throws Exception {
        http.authenticationManager(authenticationManager);
        // Written before the request is handled: written when the response commits (Spring's default),
        // none of the security headers reached Vaadin's pages; the login page went out without them.
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        http.sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl("/login"));
        // Calendar apps read a person's due-date feed without a login; the secret in its URL is the credential.
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/api/docs", "/api/docs/**", "/api/swagger-ui/**", "/calendar/*.ics").permitAll());
        // Signed-in users who mistype a URL get Beacon's "Not found" page rather than a bare 403;
        // every view still checks its own access annotation, and anonymous visitors still go to /login.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView("/login", "/login?logout")
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }
}
