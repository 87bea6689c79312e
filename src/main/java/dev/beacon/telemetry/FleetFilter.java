package dev.beacon.telemetry;

import dev.beacon.registry.ModelRuntime;
import dev.beacon.shared.TeamId;

/**
 * Narrows the fleet overview; every null or blank part matches everything.
 *
 * @param text matches the model's name, description, served model name, endpoint or version label
 */
public record FleetFilter(TeamId team, ModelRuntime runtime, String tag, ModelHealth health, String text) {

    public static FleetFilter none() {
        return new FleetFilter(null, null, null, null, null);
    }

    public FleetFilter withHealth(ModelHealth chosen) {
        return new FleetFilter(team, runtime, tag, chosen, text);
    }

    public boolean isEmpty() {
        return team == null && runtime == null && health == null && (tag == null || tag.isBlank())
                && (text == null || text.isBlank());
    }
}
