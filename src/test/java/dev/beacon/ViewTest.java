package dev.beacon;

import com.vaadin.browserless.SpringBrowserlessTest;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.Set;

/**
 * Browserless view tests: Beacon's real views, services and database in the test JVM, without a
 * browser. They check UI logic and access rules; the Playwright journeys ({@link BrowserTest}) walk
 * the same pages through a real Chromium.
 * <p>
 * <b>One Spring context.</b> {@link IntegrationTest} is the very same configuration every other test
 * uses. {@link SpringBrowserlessTest} adds only a {@code TestExecutionListener}, which is not part of
 * Spring's context cache key, so these tests reuse the cached context (the embedded Tomcat keeps
 * running beside the mocked Vaadin servlet; it is simply not used here). Do not add
 * {@code @MockitoBean}, {@code @DirtiesContext} or extra configuration: each of them starts a second context.
 * <p>
 * <b>The signed-in user.</b> The browserless Spring integration reads the principal and roles of its
 * mocked request from Spring Security's {@link SecurityContextHolder} on every call, so Vaadin's
 * navigation access control ({@code @RolesAllowed}, {@code @PermitAll}, the menu) and the services'
 * {@code @PreAuthorize} checks see the same user. Fixture users get unique names per test, which rules
 * out {@code @WithUserDetails} (a fixed name in an annotation); {@link #signIn} therefore sets the
 * context programmatically, exactly as {@code RunAs} does, and it is cleared after each test.
 * The base class has already opened the root route before {@code signIn} runs (anonymously, so it
 * landed on the login view): always {@code navigate(...)} after signing in, which runs the access
 * checks for that user, and sign in only once per test (the main layout is built for the first user).
 */
@IntegrationTest
public abstract class ViewTest extends SpringBrowserlessTest {

    @Autowired
    protected TestFixtures fixtures;

    @Autowired
    private UserDetailsService userDetails;

    protected void signIn(UserAccount user) {
        signIn(user.username());
    }

    protected void signInAsAdmin() {
        signIn(TestFixtures.ADMIN);
    }

    private void signIn(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Beacon's routes and error views only, not every library's on the classpath. */
    @Override
    protected Set<String> scanPackages() {
        return Set.of("dev.beacon");
    }
}
