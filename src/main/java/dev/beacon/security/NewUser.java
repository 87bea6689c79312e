package dev.beacon.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an ADMIN enters to create a user. The password is checked against {@link PasswordPolicy}. */
public record NewUser(
        @NotBlank(message = "Enter a username")
        @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{1,39}$",
                message = "Use 2–40 lowercase letters, digits, dots, dashes or underscores")
        String username,
        @NotBlank(message = "Enter a display name")
        @Size(max = UserProfile.MAX_DISPLAY_NAME, message = "Use at most {max} characters")
        String displayName,
        @NotBlank(message = "Enter an email address") @Email(message = "Enter a valid email address")
        @Size(max = UserProfile.MAX_EMAIL, message = "Use at most {max} characters")
        String email,
        @NotNull(message = "Enter a password")
        String password,
        boolean admin) {

    /** What the username pattern allows; the form field stops typing there. */
    public static final int MAX_USERNAME = 40;
}
