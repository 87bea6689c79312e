package dev.beacon.dashboard;

import dev.beacon.registry.ModelListItem;
import dev.beacon.registry.ModelVersionChange;
import dev.beacon.shared.ModelId;

import java.util.List;

/**
 * The model a dashboard is about, with what its controls offer.
 *
 * @param versions   its version history, newest first: markers on the charts, and windows to compare
 * @param comparable the other models the user may see, to compare with
 */
public record DashboardSubject(ModelId id, String name, String teamName, int contextWindow,
                               List<ModelVersionChange> versions, List<ModelListItem> comparable) {

    /** The version changes that have a version before them (not the registration). */
    public List<ModelVersionChange> versionChanges() {
        return versions.stream().filter(change -> change.previousLabel() != null).toList();
    }
}
