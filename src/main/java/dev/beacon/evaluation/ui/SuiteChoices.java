package dev.beacon.evaluation.ui;

import dev.beacon.registry.ModelFilter;
import dev.beacon.registry.ModelListItem;
import dev.beacon.registry.ModelService;
import dev.beacon.registry.ModelSort;
import dev.beacon.registry.TeamChoice;
import dev.beacon.security.TeamAccess;
import dev.beacon.security.TeamRole;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * What the evaluation views offer to pick and which actions they show: the user's teams, the models of a team (as
 * the judge of a scorer or the model a suite is attached to), and the user's role in a team. Only a courtesy: the
 * evaluation services check every read and write again.
 */
@Component
class SuiteChoices {

    private static final int MAX_MODELS = 500;

    private final ModelService models;
    private final TeamAccess access;

    SuiteChoices(ModelService models, TeamAccess access) {
        this.models = models;
        this.access = access;
    }

    /** Teams whose suites the user may read. */
    Set<TeamId> readableTeams() {
        return access.readableTeams();
    }

    /** Teams the user may create suites in (EDITOR or OWNER). */
    List<TeamChoice> editableTeams() {
        return models.teamsICanEditIn();
    }

    boolean canEdit(TeamId team) {
        return access.roleIn(team).filter(role -> role.includes(TeamRole.EDITOR)).isPresent();
    }

    /** The team's models by name, as the user may see them. */
    List<ModelOption> modelsOf(TeamId team) {
        return models.find(new ModelFilter(team, null, null, null, null), ModelSort.NAME, true, 0, MAX_MODELS).stream()
                .map(ModelOption::of).toList();
    }

    /** A model to pick: its id and the name the lists show. */
    record ModelOption(ModelId id, String name) {

        static ModelOption of(ModelListItem item) {
            return new ModelOption(item.id(), item.name());
        }
    }
}
