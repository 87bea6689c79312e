package dev.beacon.shared.ui;

import dev.beacon.shared.ModelId;

import java.util.Collection;
import java.util.Map;

/**
 * Something another module adds to each model's row on the fleet overview (e.g. "2 open tickets"), so the
 * dashboard need not know that module. Asked once per refresh for all rows shown; the source's own service
 * applies the signed-in user's teams again.
 */
public interface ModelBadgeSource {

    /** The badge of each of these models that has one; models without a badge are left out. */
    Map<ModelId, ModelBadge> badges(Collection<ModelId> models);

    /** A short text shown beside the model's details, with a longer description for the tooltip and screen readers. */
    record ModelBadge(String text, String description) {
    }
}
