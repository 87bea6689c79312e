package dev.beacon.telemetry;

import dev.beacon.shared.ModelId;

/** A model of the team that a new ingestion key may be limited to. */
public record KeyModelChoice(ModelId id, String name) {
}
