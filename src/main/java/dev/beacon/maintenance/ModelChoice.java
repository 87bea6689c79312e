package dev.beacon.maintenance;

import dev.beacon.shared.ModelId;

/** A model a ticket can be about, for the ticket form. */
public record ModelChoice(ModelId id, String name) {
}
