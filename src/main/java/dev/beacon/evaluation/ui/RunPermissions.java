package dev.beacon.evaluation.ui;

import dev.beacon.registry.ModelService;
import dev.beacon.security.TeamAccess;
import dev.beacon.security.TeamRole;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import org.springframework.stereotype.Component;

/**
 * Whether the run views offer Run now and Cancel: to EDITORs and OWNERs of the team. Only a courtesy: the run
 * services check every start and cancel again.
 */
@Component
class RunPermissions {

    private final TeamAccess access;
    private final ModelService models;

    RunPermissions(TeamAccess access, ModelService models) {
        this.access = access;
        this.models = models;
    }

    boolean canRun(TeamId team) {
        return access.roleIn(team).filter(role -> role.includes(TeamRole.EDITOR)).isPresent();
    }

    /** For a model the user may see (its page checked that already). */
    boolean canRunOn(ModelId model) {
        return canRun(models.get(model).team());
    }
}
