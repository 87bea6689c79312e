package dev.beacon.dashboard;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a panel of a dashboard. Kept when the dashboard is saved again, so a panel keeps the
 * models that the editor who saves it cannot see.
 */
public record PanelId(UUID value) {

    public PanelId {
        Objects.requireNonNull(value, "value");
    }

    public static PanelId of(String text) {
        return new PanelId(UUID.fromString(text));
    }

    public static PanelId random() {
        return new PanelId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
