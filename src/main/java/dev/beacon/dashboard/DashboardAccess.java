package dev.beacon.dashboard;

import dev.beacon.dashboard.internal.DashboardHeader;
import dev.beacon.dashboard.internal.JooqDashboardQuery;
import dev.beacon.security.TeamAccess;
import dev.beacon.security.TeamRole;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.TeamId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Who may open and change a dashboard. The team's members read it, and everyone signed in when it is
 * visible to everyone; for anyone else it does not exist ("not found", exactly like a missing id).
 * The team's Editors and Owners change it. ADMINs act as Owner of every team.
 */
@Component
class DashboardAccess {

    static final String DASHBOARD = "Dashboard";

    private final TeamAccess teams;
    private final JooqDashboardQuery query;

    DashboardAccess(TeamAccess teams, JooqDashboardQuery query) {
        this.teams = teams;
        this.query = query;
    }

    DashboardHeader requireReadable(DashboardId id) {
        DashboardHeader header = query.header(id).orElseThrow(() -> new NotFoundException(DASHBOARD));
        if (teams.roleIn(header.team()).isEmpty() && header.visibility() != Visibility.EVERYONE) {
            throw new NotFoundException(DASHBOARD);
        }
        return header;
    }

    DashboardHeader requireEditable(DashboardId id) {
        DashboardHeader header = requireReadable(id);
        if (!canEdit(header.team())) {
            throw new AccessDeniedException("You need the Editor role in the dashboard's team to change it");
        }
        return header;
    }

    boolean canEdit(TeamId team) {
        return teams.roleIn(team).map(role -> role.includes(TeamRole.EDITOR)).orElse(false);
    }

    /** Creating a dashboard in a team needs the Editor role there; other teams do not exist for the user. */
    void requireEditorOf(TeamId team) {
        teams.require(team, TeamRole.EDITOR, "Team");
    }

    /** Teams whose models the user may see, and so the models a panel shows them. */
    Set<TeamId> teamsWhoseModelsICanSee() {
        return teams.readableTeams();
    }
}
