package dev.beacon.telemetry.jobs;

import dev.beacon.registry.ModelDeleted;
import dev.beacon.telemetry.internal.JooqRollupRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Forgets the rollups of a deleted model once the deletion is committed. Its raw events have no owner
 * any more and leave with their day partitions at the end of the team's retention.
 */
@Component
class ModelDeletionListener {

    private final JooqRollupRepository rollups;

    ModelDeletionListener(JooqRollupRepository rollups) {
        this.rollups = rollups;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ModelDeleted event) {
        rollups.deleteRollups(event.model());
    }
}
