package dev.beacon.security;

import dev.beacon.shared.TeamId;

import java.time.Instant;

/** A group of people who own models together. */
public record Team(TeamId id, int version, String name, String description, Instant createdAt) {
}
