package dev.beacon.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void a_long_mixed_password_without_the_username_is_accepted() {
        assertThat(PasswordPolicy.problemWith("Blue-Harbor-93", "alice")).isEmpty();
        assertThat(PasswordPolicy.problemWith("tangerine-bicycle", "alice")).isEmpty();
    }

    @Test
    void too_short_passwords_are_refused() {
        assertThat(PasswordPolicy.problemWith("Sh0rt!pw", "alice")).contains("Use at least 10 characters");
        assertThat(PasswordPolicy.problemWith("Abcdefgh1", "alice")).isPresent();
        assertThat(PasswordPolicy.problemWith("Abcdefgh12", "alice")).isEmpty();
        assertThat(PasswordPolicy.problemWith(null, "alice")).contains("Use at least 10 characters");
    }

    @Test
    void passwords_longer_than_bcrypt_reads_are_refused() {
        assertThat(PasswordPolicy.problemWith("Aa1" + "x".repeat(70), "alice")).hasValueSatisfying(problem ->
                assertThat(problem).startsWith("Use at most 72 bytes: that is 72 plain letters, digits or symbols"));
        assertThat(PasswordPolicy.problemWith("Aa1" + "x".repeat(69), "alice")).isEmpty();
    }

    @Test
    void bcrypts_limit_counts_bytes_so_forty_umlauts_are_too_long_although_they_are_forty_characters() {
        String fortyUmlauts = "Ü" + "ü".repeat(39);

        assertThat(fortyUmlauts).hasSize(40);
        assertThat(PasswordPolicy.problemWith(fortyUmlauts, "alice")).hasValueSatisfying(problem ->
                assertThat(problem).contains("at most 72 bytes", "letters such as ü or é"));
        assertThat(PasswordPolicy.problemWith("Ab1-" + "ü".repeat(34), "alice")).as("exactly 72 bytes").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"onlylowercaseletters", "ONLYUPPERCASELETTERS", "12345678901234", "!!!!@@@@####$$$$"})
    void a_single_character_class_is_refused(String password) {
        assertThat(PasswordPolicy.problemWith(password, "alice")).contains("Mix at least two of: lowercase, uppercase, digits, symbols");
    }

    @Test
    void a_password_containing_the_username_in_any_case_is_refused() {
        assertThat(PasswordPolicy.problemWith("xxALICE-2024xx", "alice")).contains("The password must not contain the username");
        assertThat(PasswordPolicy.problemWith("my-alice-secret", "Alice")).isPresent();
    }

    @Test
    void very_short_usernames_do_not_forbid_common_letter_pairs() {
        assertThat(PasswordPolicy.problemWith("Jolly-Joker-77", "jo")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Password123", "Passw0rd123", "Welcome123", "LetMeIn123"})
    void common_passwords_are_refused_whatever_their_case(String password) {
        assertThat(PasswordPolicy.problemWith(password, "alice")).contains("This password is too common");
    }
}
