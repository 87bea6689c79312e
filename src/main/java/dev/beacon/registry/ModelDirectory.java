package dev.beacon.registry;

import dev.beacon.registry.internal.JooqModelQuery;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Models as Beacon's own background work sees them: ingestion after its key was checked, scrapes,
 * probes. It applies no user's rights, so it must never answer a user's request directly; views and
 * REST controllers go through {@link ModelService}.
 */
@Component
public class ModelDirectory {

    private final JooqModelQuery query;

    ModelDirectory(JooqModelQuery query) {
        this.query = query;
    }

    @Transactional(readOnly = true)
    public List<ModelEntry> modelsOf(TeamId team) {
        return query.entriesOf(team);
    }

    @Transactional(readOnly = true)
    public Optional<ModelEntry> find(ModelId id) {
        return query.entry(id);
    }

    /** These models, in one query; ids that no longer exist are left out. */
    @Transactional(readOnly = true)
    public List<ModelEntry> entries(Collection<ModelId> ids) {
        return ids.isEmpty() ? List.of() : query.entries(ids);
    }

    /** The model's current version label (e.g. for evaluation runs, which record the version they measured). */
    @Transactional(readOnly = true)
    public Optional<String> versionLabel(ModelId id) {
        return query.find(id).map(model -> model.data().versionLabel());
    }

    /** Every model that is not retired, for scheduled scrapes and probes. */
    @Transactional(readOnly = true)
    public List<ModelEntry> monitored() {
        return query.monitoredEntries();
    }
}
