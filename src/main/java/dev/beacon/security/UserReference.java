package dev.beacon.security;

import dev.beacon.shared.UserId;

/** Just enough of a user to pick them, e.g. when adding a team member. */
public record UserReference(UserId id, String username, String displayName) {
}
