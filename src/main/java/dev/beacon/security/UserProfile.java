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
        @NotBlank(message = "Enter a display name") @Size(max = 100, message = "Use at most 100 characters")
        String displayName,
        @NotBlank(message = "Enter an email address") @Email(message = "Enter a valid email address")
        @Size(max = 254, message = "Use at most 254 characters")
        String email,
        String timeZone) {
}
