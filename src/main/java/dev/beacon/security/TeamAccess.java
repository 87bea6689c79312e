package dev.beacon.security;

import dev.beacon.security.internal.JooqMembershipRepository;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.TeamId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Set;

/**
 * The one place that decides whether the current user may read or change a team's data.
 * Services call it before every read or write of team data. Roles are read from the database on
 * every call, so a removed membership takes effect at once. ADMINs act as OWNER of every team.
 */
@Component
public class TeamAccess {

    private final CurrentUser currentUser;
    private final JooqMembershipRepository memberships;

    TeamAccess(CurrentUser currentUser, JooqMembershipRepository memberships) {
        this.currentUser = currentUser;
        this.memberships = memberships;
    }

    /**
     * Returns the current user's role in the team, or fails: with {@link NotFoundException} when the user
     * is not a member (so the team's data stays invisible), with {@link AccessDeniedException} when the
     * role is too low for what the user tries to do.
     */
    public TeamRole require(TeamId team, TeamRole minimum, String what) {
        TeamRole role = roleIn(team).orElseThrow(() -> new NotFoundException(what));
        if (!role.includes(minimum)) {
            throw new AccessDeniedException("You need the " + minimum.label() + " role in this team to do that");
        }
        return role;
    }

    public Optional<TeamRole> roleIn(TeamId team) {
        if (currentUser.isAdmin()) {
            return memberships.teamExists(team) ? Optional.of(TeamRole.OWNER) : Optional.empty();
        }
        return currentUser.details().flatMap(user -> memberships.roleOf(user.userId(), team));
    }

    /** Teams whose data the current user may read. */
    public Set<TeamId> readableTeams() {
        if (currentUser.isAdmin()) {
            return memberships.allTeamIds();
        }
        return currentUser.details()
                .map(user -> memberships.teamsOf(user.userId()))
                .orElse(Set.of());
    }

    /** Teams where the current user has at least the given role. */
    public Set<TeamId> teamsWithRole(TeamRole minimum) {
        if (currentUser.isAdmin()) {
            return memberships.allTeamIds();
        }
        return currentUser.details()
                .map(user -> memberships.teamsWithRole(user.userId(), minimum))
                .orElse(Set.of());
    }
}
