package dev.beacon.security.internal;

import dev.beacon.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThrottledAuthenticationProviderTest {

    private static final int ATTEMPTS = 20;

    private final MutableClock clock = new MutableClock(Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC));
    private final LoginThrottle throttle = new LoginThrottle(
            new LoginThrottleProperties(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15), 100_000), clock);
    private final List<Object> events = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService threads = Executors.newFixedThreadPool(ATTEMPTS);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    /**
     * Twenty wrong passwords arrive at the same moment, and the password check of the first ones is still
     * running (held on a latch) when the others come in: only five may reach the password check at all.
     */
    @Test
    void of_twenty_simultaneous_attempts_only_five_reach_the_password_check_and_the_rest_are_refused_as_locked()
            throws Exception {
        AtomicInteger checked = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        CountDownLatch settled = new CountDownLatch(ATTEMPTS);
        CountDownLatch release = new CountDownLatch(1);
        var provider = new ThrottledAuthenticationProvider(checking(authentication -> {
            checked.incrementAndGet();
            settled.countDown();
            awaitQuietly(release);
            throw new BadCredentialsException("wrong password");
        }), throttle, events::add);

        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> attempts = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            attempts.add(threads.submit(() -> {
                awaitQuietly(start);
                try {
                    provider.authenticate(attempt("alice", "Guess-" + Thread.currentThread().threadId(), "192.0.2.10"));
                    return "signed in";
                } catch (LoginThrottledException e) {
                    refused.incrementAndGet();
                    settled.countDown();
                    return "locked";
                } catch (BadCredentialsException e) {
                    return "wrong password";
                }
            }));
        }
        start.countDown();

        assertThat(settled.await(30, TimeUnit.SECONDS)).as("every attempt was either checked or refused").isTrue();
        assertThat(checked).as("attempts that reached the password check while the first ones ran").hasValue(5);
        assertThat(refused).hasValue(ATTEMPTS - 5);

        release.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> attempt : attempts) {
            outcomes.add(attempt.get(30, TimeUnit.SECONDS));
        }
        assertThat(outcomes).containsOnly("wrong password", "locked").filteredOn("wrong password"::equals).hasSize(5);
        assertThatThrownBy(() -> provider.authenticate(attempt("alice", "Right-Password-1", "192.0.2.10")))
                .isInstanceOf(LoginThrottledException.class);
        assertThat(checked).hasValue(5);
        assertThat(events).filteredOn(SignInFailed.class::isInstance).hasSize(5);
    }

    @Test
    void the_failure_that_locks_the_username_is_announced_with_the_lock() {
        var provider = new ThrottledAuthenticationProvider(wrongPassword(), throttle, events::add);

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> provider.authenticate(attempt(" Alice ", "Wrong", "192.0.2.10")))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThat(events).hasSize(5).allSatisfy(event -> {
            assertThat(event).isInstanceOf(SignInFailed.class);
            assertThat(((SignInFailed) event).username()).isEqualTo("alice");
            assertThat(((SignInFailed) event).address()).isEqualTo("192.0.2.10");
        });
        assertThat(((SignInFailed) events.get(3)).failure().lockedUser()).isEmpty();
        assertThat(((SignInFailed) events.get(4)).failure().lockedUser()).contains(Duration.ofMinutes(15));
    }

    @Test
    void ipv6_clients_of_one_64_network_share_an_address_bucket() {
        var provider = new ThrottledAuthenticationProvider(wrongPassword(), throttle, events::add);

        for (int i = 1; i <= 20; i++) {
            String sameNetwork = "2001:db8:aa:bb::" + Integer.toHexString(i * 3001);
            assertThatThrownBy(() -> provider.authenticate(attempt("user" + sameNetwork, "Wrong", sameNetwork)))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> provider.authenticate(attempt("someone", "Wrong", "2001:db8:aa:bb:ffff:1:2:3")))
                .isInstanceOf(LoginThrottledException.class);
        assertThatThrownBy(() -> provider.authenticate(attempt("someone", "Wrong", "2001:db8:aa:bc::1")))
                .as("the neighbouring /64 is another client").isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void a_password_check_that_could_not_run_does_not_count_as_a_failure() {
        var provider = new ThrottledAuthenticationProvider(checking(authentication -> {
            throw new InternalAuthenticationServiceException("database unreachable");
        }), throttle, events::add);

        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> provider.authenticate(attempt("alice", "Right-Password-1", "192.0.2.10")))
                    .isInstanceOf(InternalAuthenticationServiceException.class);
        }

        assertThat(throttle.lockRemaining("alice")).isEmpty();
        assertThat(events).isEmpty();
    }

    private static AuthenticationProvider wrongPassword() {
        return checking(authentication -> {
            throw new BadCredentialsException("wrong password");
        });
    }

    /** A password check that does what the test needs instead of asking the database. */
    private static AuthenticationProvider checking(UnaryOperator<Authentication> check) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                return check.apply(authentication);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return true;
            }
        };
    }

    private static Authentication attempt(String username, String password, String address) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        return attempt;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
