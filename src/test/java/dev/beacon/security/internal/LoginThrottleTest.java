package dev.beacon.security.internal;

import dev.beacon.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoginThrottleTest {

    private static final String HOME = "192.0.2.10";
    private static final String ELSEWHERE = "198.51.100.7";

    private final MutableClock clock = new MutableClock(Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC));
    private final LoginThrottle throttle = throttle(100_000);

    @Test
    void a_username_is_locked_after_five_failures_wherever_they_come_from() {
        fail("alice", 4, HOME);
        assertThat(lock("alice", HOME)).isEmpty();

        throttle.reserve("alice", ELSEWHERE).failed();

        assertThat(lock("alice", HOME)).contains(Duration.ofMinutes(15));
        assertThat(lock("alice", "203.0.113.99")).contains(Duration.ofMinutes(15));
        assertThat(throttle.lockRemaining("alice")).contains(Duration.ofMinutes(15));
        assertThat(lock("bob", HOME)).isEmpty();
    }

    @Test
    void the_failure_that_reaches_a_limit_says_which_lock_it_started() {
        fail("alice", 4, HOME);

        LoginThrottle.Failure fifth = throttle.reserve("alice", HOME).failed();

        assertThat(fifth.lockedUser()).contains(Duration.ofMinutes(15));
        assertThat(fifth.lockedAddress()).isEmpty();
    }

    @Test
    void an_address_is_locked_after_twenty_failures_across_usernames() {
        for (int i = 0; i < 19; i++) {
            throttle.reserve("user" + i, HOME).failed();
        }
        assertThat(lock("someone-new", HOME)).isEmpty();

        LoginThrottle.Failure twentieth = throttle.reserve("user19", HOME).failed();

        assertThat(twentieth.lockedAddress()).contains(Duration.ofMinutes(15));
        assertThat(lock("someone-new", HOME)).contains(Duration.ofMinutes(15));
        assertThat(lock("someone-new", ELSEWHERE)).isEmpty();
        assertThat(lock("user0", ELSEWHERE)).isEmpty();
    }

    @Test
    void attempts_still_running_take_their_slots_so_a_sixth_is_refused_before_any_has_failed() {
        for (int i = 0; i < 5; i++) {
            throttle.reserve("alice", HOME);
        }

        assertThatThrownBy(() -> throttle.reserve("alice", ELSEWHERE)).isInstanceOf(LoginThrottledException.class);
        assertThat(throttle.lockRemaining("alice")).as("nothing has failed yet, so nothing is locked").isEmpty();
    }

    @Test
    void a_successful_attempt_gives_back_its_address_slot_but_failures_keep_theirs() {
        for (int i = 0; i < 19; i++) {
            throttle.reserve("user" + i, HOME).failed();
        }
        LoginThrottle.Reservation last = throttle.reserve("owner", HOME);
        assertThatThrownBy(() -> throttle.reserve("someone-new", HOME)).isInstanceOf(LoginThrottledException.class);

        last.succeeded();

        assertThat(lock("someone-new", HOME)).isEmpty();
    }

    @Test
    void an_attempt_whose_password_could_not_be_checked_counts_for_nothing() {
        fail("alice", 4, HOME);

        throttle.reserve("alice", HOME).cancelled();
        throttle.reserve("alice", HOME).cancelled();

        assertThat(lock("alice", HOME)).isEmpty();
    }

    @Test
    void a_lock_ends_after_the_lock_duration() {
        fail("alice", 5, HOME);

        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertThat(lock("alice", HOME)).contains(Duration.ofSeconds(1));

        clock.advance(Duration.ofSeconds(1));
        assertThat(lock("alice", HOME)).isEmpty();
    }

    @Test
    void after_a_lock_ends_the_username_gets_a_fresh_allowance() {
        fail("alice", 5, HOME);
        clock.advance(Duration.ofMinutes(16));

        fail("alice", 4, HOME);
        assertThat(lock("alice", HOME)).isEmpty();

        throttle.reserve("alice", HOME).failed();
        assertThat(lock("alice", HOME)).contains(Duration.ofMinutes(15));
    }

    @Test
    void a_lock_that_ends_inside_a_long_window_still_gives_a_fresh_allowance() {
        LoginThrottle longWindow = new LoginThrottle(
                new LoginThrottleProperties(5, 20, Duration.ofHours(2), Duration.ofMinutes(15), 100_000), clock);
        for (int i = 0; i < 5; i++) {
            longWindow.reserve("alice", HOME).failed();
        }
        clock.advance(Duration.ofMinutes(15));

        longWindow.reserve("alice", HOME).failed();

        assertThat(longWindow.lockRemaining("alice")).isEmpty();
    }

    @Test
    void an_admin_unlock_lifts_the_username_lock_and_forgets_its_failures() {
        fail("alice", 5, HOME);

        assertThat(throttle.unlock("alice")).isTrue();

        assertThat(lock("alice", HOME)).isEmpty();
        fail("alice", 4, HOME);
        assertThat(lock("alice", HOME)).isEmpty();
        assertThat(throttle.unlock("bob")).as("bob was never locked").isFalse();
    }

    @Test
    void failures_older_than_the_window_do_not_count() {
        fail("alice", 4, HOME);
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));

        throttle.reserve("alice", HOME).failed();

        assertThat(lock("alice", HOME)).isEmpty();
    }

    @Test
    void failures_spread_inside_the_window_add_up() {
        for (int i = 0; i < 5; i++) {
            assertThat(lock("alice", HOME)).isEmpty();
            throttle.reserve("alice", HOME).failed();
            clock.advance(Duration.ofMinutes(3));
        }

        assertThat(lock("alice", HOME)).contains(Duration.ofMinutes(12));
    }

    @Test
    void a_successful_sign_in_resets_the_usernames_failures() {
        fail("alice", 4, HOME);

        throttle.reserve("alice", HOME).succeeded();
        fail("alice", 4, HOME);

        assertThat(lock("alice", HOME)).isEmpty();
    }

    @Test
    void signing_in_to_an_own_account_does_not_reset_the_addresss_failures() {
        for (int i = 0; i < 19; i++) {
            throttle.reserve("victim" + i, HOME).failed();
        }

        throttle.reserve("attacker", HOME).succeeded();
        throttle.reserve("victim19", HOME).failed();

        assertThat(lock("victim20", HOME)).isPresent();
    }

    @Test
    void the_longer_of_a_username_lock_and_an_address_lock_applies() {
        fail("alice", 5, HOME);
        clock.advance(Duration.ofMinutes(10));
        for (int i = 0; i < 20; i++) {
            throttle.reserve("other" + i, ELSEWHERE).failed();
        }

        assertThat(lock("alice", ELSEWHERE)).contains(Duration.ofMinutes(15));
        assertThat(lock("alice", HOME)).contains(Duration.ofMinutes(5));
    }

    @Test
    void memory_stays_bounded_by_forgetting_the_key_whose_window_started_first() {
        LoginThrottle small = throttle(3);
        for (int i = 0; i < 4; i++) {
            small.reserve("alice", HOME).failed();
        }

        for (String other : new String[] {"bob", "carol", "dave"}) {
            small.reserve(other, ELSEWHERE + other.length()).failed();
        }
        small.reserve("alice", HOME).failed();

        assertThat(small.lockRemaining("alice")).as("alice's first four failures were forgotten").isEmpty();
    }

    @Test
    void refused_attempts_change_nothing_so_they_cannot_push_a_lock_out_of_memory() {
        LoginThrottle small = new LoginThrottle(
                new LoginThrottleProperties(5, 2, Duration.ofMinutes(15), Duration.ofMinutes(15), 3), clock);
        for (int i = 0; i < 5; i++) {
            small.reserve("alice", "192.0.2." + i).failed();
        }
        small.reserve("probe", ELSEWHERE).failed();
        small.reserve("probe", ELSEWHERE).failed();

        for (int i = 0; i < 50; i++) {
            String username = "flood" + i;
            assertThatThrownBy(() -> small.reserve(username, ELSEWHERE)).isInstanceOf(LoginThrottledException.class);
        }

        assertThat(small.lockRemaining("alice")).isPresent();
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

    private LoginThrottle throttle(int maxTrackedKeys) {
        return new LoginThrottle(new LoginThrottleProperties(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15), maxTrackedKeys), clock);
    }

    private void fail(String username, int times, String address) {
        for (int i = 0; i < times; i++) {
            throttle.reserve(username, address).failed();
        }
    }

    /** The wait a new attempt would be told, or empty when it may go ahead; the probe itself counts for nothing. */
    private Optional<Duration> lock(String username, String address) {
        try {
            throttle.reserve(username, address).cancelled();
            return Optional.empty();
        } catch (LoginThrottledException e) {
            return Optional.of(e.retryAfter());
        }
    }
}
