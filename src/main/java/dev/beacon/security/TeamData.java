package dev.beacon.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The editable fields of a team. */
public record TeamData(
        @NotBlank(message = "Enter a team name") @Size(max = MAX_NAME, message = "Use at most {max} characters")
        String name,
        @Size(max = MAX_DESCRIPTION, message = "Use at most {max} characters")
        String description) {

    /** Length limits in characters, also enforced by the database and the form fields. */
    public static final int MAX_NAME = 80;
    public static final int MAX_DESCRIPTION = 500;

    public TeamData {
        name = name == null ? null : name.strip();
        description = description == null ? "" : description.strip();
    }
}
