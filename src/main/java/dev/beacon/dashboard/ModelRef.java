package dev.beacon.dashboard;

import dev.beacon.shared.ModelId;

/** A model on a dashboard, as the reader may see it: its id, name and team. */
public record ModelRef(ModelId id, String name, String teamName) {
}
