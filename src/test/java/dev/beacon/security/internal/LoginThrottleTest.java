package dev.beacon.security.internal;

import dev.beacon.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private static final String HOME = "192.0.2.10";
    private static final String ELSEWHERE = "198.51.100.7";

    private final MutableClock clock = new MutableClock(Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC));
    private final LoginThrottle throttle = new LoginThrottle(
            new LoginThrottleProperties(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15)), clock);

    @Test
    void a_username_is_locked_after_five_failures_wherever_they_come_from() {
        fail("alice", 4, HOME);
        assertThat(throttle.lockRemaining("alice", HOME)).isEmpty();

        throttle.recordFailure("alice", ELSEWHERE);

        assertThat(throttle.lockRemaining("alice", HOME)).contains(Duration.ofMinutes(15));
        assertThat(throttle.lockRemaining("alice", "203.0.113.99")).contains(Duration.ofMinutes(15));
        assertThat(throttle.lockRemaining("bob", HOME)).isEmpty();
    }

    @Test
    void an_address_is_locked_after_twenty_failures_across_usernames() {
        for (int i = 0; i < 19; i++) {
            throttle.recordFailure("user" + i, HOME);
        }
        assertThat(throttle.lockRemaining("someone-new", HOME)).isEmpty();

        throttle.recordFailure("user19", HOME);

        assertThat(throttle.lockRemaining("someone-new", HOME)).contains(Duration.ofMinutes(15));
        assertThat(throttle.lockRemaining("someone-new", ELSEWHERE)).isEmpty();
        assertThat(throttle.lockRemaining("user0", ELSEWHERE)).isEmpty();
    }

    @Test
    void a_lock_ends_after_the_lock_duration() {
        fail("alice", 5, HOME);

        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertThat(throttle.lockRemaining("alice", HOME)).contains(Duration.ofSeconds(1));

        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.lockRemaining("alice", HOME)).isEmpty();
    }

    @Test
    void after_a_lock_ends_the_username_gets_a_fresh_allowance() {
        fail("alice", 5, HOME);
        clock.advance(Duration.ofMinutes(16));

        fail("alice", 4, HOME);
        assertThat(throttle.lockRemaining("alice", HOME)).isEmpty();

        throttle.recordFailure("alice", HOME);
        assertThat(throttle.lockRemaining("alice", HOME)).contains(Duration.ofMinutes(15));
    }

    @Test
    void failures_older_than_the_window_do_not_count() {
        fail("alice", 4, HOME);
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));

        throttle.recordFailure("alice", HOME);

        assertThat(throttle.lockRemaining("alice", HOME)).isEmpty();
    }

    @Test
    void failures_spread_inside_the_window_add_up() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.lockRemaining("alice", HOME)).isEmpty();
            throttle.recordFailure("alice", HOME);
            clock.advance(Duration.ofMinutes(3));
        }

        assertThat(throttle.lockRemaining("alice", HOME)).contains(Duration.ofMinutes(12));
    }

    @Test
    void a_successful_sign_in_resets_the_usernames_failures() {
        fail("alice", 4, HOME);

        throttle.recordSuccess("alice");
        fail("alice", 4, HOME);

        assertThat(throttle.lockRemaining("alice", HOME)).isEmpty();
    }

    @Test
    void signing_in_to_an_own_account_does_not_reset_the_addresss_failures() {
        for (int i = 0; i < 19; i++) {
            throttle.recordFailure("victim" + i, HOME);
        }

        throttle.recordSuccess("attacker");
        throttle.recordFailure("victim19", HOME);

        assertThat(throttle.lockRemaining("victim20", HOME)).isPresent();
    }

    @Test
    void the_longer_of_a_username_lock_and_an_address_lock_applies() {
        fail("alice", 5, HOME);
        clock.advance(Duration.ofMinutes(10));
        for (int i = 0; i < 20; i++) {
            throttle.recordFailure("other" + i, ELSEWHERE);
        }

        assertThat(throttle.lockRemaining("alice", ELSEWHERE)).contains(Duration.ofMinutes(15));
        assertThat(throttle.lockRemaining("alice", HOME)).contains(Duration.ofMinutes(5));
    }

    @Test
    void the_message_rounds_the_wait_up_to_whole_minutes() {
        assertThat(new LoginThrottledException(Duration.ofMinutes(15)).userMessage())
                .isEqualTo("Too many failed attempts. Try again in 15 minutes.");
        assertThat(new LoginThrottledException(Duration.ofSeconds(61)).userMessage())
                .isEqualTo("Too many failed attempts. Try again in 2 minutes.");
        assertThat(new LoginThrottledException(Duration.ofSeconds(5)).userMessage())
                .isEqualTo("Too many failed attempts. Try again in 1 minute.");
    }

    private void fail(String username, int times, String address) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(username, address);
        }
    }
}
