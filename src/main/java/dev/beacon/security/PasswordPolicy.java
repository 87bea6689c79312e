package dev.beacon.security;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The minimum strength of a password. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    /**
     * bcrypt reads at most 72 bytes (in UTF-8) and Spring Security refuses to hash more, so this is a
     * limit in bytes, not characters: "ü" or "é" take two bytes, many other scripts and emoji three or four.
     */
    public static final int MAX_BYTES = 72;
    public static final String HINT = "At least " + MIN_LENGTH + " characters, mixing at least two of: "
            + "lowercase, uppercase, digits, symbols. It must not contain your username.";

    private static final Set<String> COMMON = Set.of(
            "password12", "password123", "password1234", "qwertyuiop", "1234567890", "0123456789",
            "administrator", "letmein123", "welcome123", "iloveyou12", "changeme123", "passw0rd123");

    private PasswordPolicy() {
    }

    /** Returns what is wrong with the password, or empty when it is strong enough. */
    public static Optional<String> problemWith(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("Use at most " + MAX_BYTES + " bytes: that is " + MAX_BYTES + " plain letters, digits "
                    + "or symbols, but fewer with letters such as ü or é, which take two bytes or more");
        }
        if (characterClasses(password) < 2) {
            return Optional.of("Mix at least two of: lowercase, uppercase, digits, symbols");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("The password must not contain the username");
        }
        if (COMMON.contains(lower)) {
            return Optional.of("This password is too common");
        }
        return Optional.empty();
    }

    private static int characterClasses(String password) {
        boolean lower = false, upper = false, digit = false, other = false;
        for (char c : password.toCharArray()) {
            if (Character.isLowerCase(c)) lower = true;
            else if (Character.isUpperCase(c)) upper = true;
            else if (Character.isDigit(c)) digit = true;
            else other = true;
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
