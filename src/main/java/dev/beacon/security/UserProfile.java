package dev.beacon.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The parts of a user that the user (or an ADMIN) may edit.
 *
 * @param timeZone an IANA zone id such as "Europe/Berlin", or null to follow the browser's zone
 */
public record UserProfile(
        @NotBlank(message = "Enter a display name") @Size(max = MAX_DISPLAY_NAME, message = "Use at most {max} characters")
        String displayName,
        @NotBlank(message = "Enter an email address") @Email(message = "Enter a valid email address")
        @Size(max = MAX_EMAIL, message = "Use at most {max} characters")
        String email,
        String timeZone) {

    /** Length limits in characters, also enforced by the database and the form fields. */
    public static final int MAX_DISPLAY_NAME = 100;
    public static final int MAX_EMAIL = 254;
}
