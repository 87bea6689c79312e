package dev.beacon.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The editable fields of a team. */
public record TeamData(
        @NotBlank(message = "Enter a team name") @Size(max = 80, message = "Use at most 80 characters")
        String name,
        @Size(max = 500, message = "Use at most 500 characters")
        String description) {

    public TeamData {
        name = name == null ? null : name.strip();
        description = description == null ? "" : description.strip();
    }
}
