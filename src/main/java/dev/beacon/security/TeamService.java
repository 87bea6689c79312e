package dev.beacon.security;

import dev.beacon.security.internal.JooqMembershipRepository;
import dev.beacon.security.internal.JooqTeamRepository;
import dev.beacon.security.internal.JooqUserRepository;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.StaleDataException;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.UserId;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Teams and their members. ADMINs create and delete teams; OWNERs manage their team's members. */
@Service
@Validated
public class TeamService {

    private static final String TEAM = "Team";

    private final JooqTeamRepository teams;
    private final JooqMembershipRepository memberships;
    private final JooqUserRepository users;
    private final TeamAccess access;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    TeamService(JooqTeamRepository teams, JooqMembershipRepository memberships, JooqUserRepository users,
                TeamAccess access, CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.teams = teams;
        this.memberships = memberships;
        this.users = users;
        this.access = access;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The teams the current user belongs to (for ADMINs: every team). */
    @Transactional(readOnly = true)
    public List<TeamOverview> myTeams() {
        return teams.overviews(access.readableTeams(), currentUser.id());
    }

    @Transactional(readOnly = true)
    public Team get(TeamId id) {
        access.require(id, TeamRole.VIEWER, TEAM);
        return teams.find(id).orElseThrow(() -> new NotFoundException(TEAM));
    }

    @Transactional(readOnly = true)
    public TeamRole myRole(TeamId id) {
        return access.require(id, TeamRole.VIEWER, TEAM);
    }

    @Transactional(readOnly = true)
    public List<TeamMember> members(TeamId id) {
        access.require(id, TeamRole.VIEWER, TEAM);
        return memberships.members(id);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Team create(@Valid TeamData data) {
        Team team;
        try {
            team = teams.insert(data);
        } catch (DuplicateKeyException e) {
            throw duplicateName();
        }
        auditLog.created(subject(team), Map.of("name", team.name(), "description", team.description()));
        return team;
    }

    @Transactional
    public Team update(TeamId id, int version, @Valid TeamData data) {
        access.require(id, TeamRole.OWNER, TEAM);
        Team before = get(id);
        try {
            if (!teams.update(id, version, data, clock.instant())) {
                throw new StaleDataException("This team");
            }
        } catch (DuplicateKeyException e) {
            throw duplicateName();
        }
        Team after = get(id);
        auditLog.updated(subject(after), Map.of("name", before.name(), "description", before.description()),
                Map.of("name", after.name(), "description", after.description()));
        return after;
    }

    /** Deletes a team that no longer owns any model. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void delete(TeamId id) {
        Team team = get(id);
        try {
            teams.delete(id);
        } catch (DataIntegrityViolationException e) {
            throw new InvalidInputException("team", "The team still owns models. Delete or move them first.");
        }
        auditLog.deleted(subject(team), Map.of("name", team.name()));
    }

    /** Users an OWNER may add to a team, matching the text: enabled, and not yet members. */
    @Transactional(readOnly = true)
    public List<UserReference> findUsers(TeamId id, String text) {
        access.require(id, TeamRole.OWNER, TEAM);
        return users.findEnabledNonMembers(id, text, 20);
    }

    /** Adds the user to the team with the role, or changes their role if they are already a member. */
    @Transactional
    public void putMember(TeamId id, UserId user, TeamRole role) {
        lockAndRequireOwner(id);
        Team team = get(id);
        UserAccount account = users.find(user).orElseThrow(() -> new NotFoundException("User"));
        var previous = memberships.roleOf(user, id);
        if (previous.isEmpty() && !account.enabled()) {
            throw new InvalidInputException("user", "This user is disabled and cannot join teams");
        }
        if (previous.orElse(null) == TeamRole.OWNER && role != TeamRole.OWNER) {
            requireAnotherOwner(id, user);
        }
        memberships.put(id, user, role);
        var subject = new AuditSubject(id, "Membership", id + "/" + user, account.username() + " in " + team.name());
        if (previous.isEmpty()) {
            auditLog.created(subject, Map.of("user", account.username(), "team", team.name(), "role", role.name()));
        } else {
            auditLog.updated(subject, Map.of("role", previous.get().name()), Map.of("role", role.name()));
        }
    }

    @Transactional
    public void removeMember(TeamId id, UserId user) {
        lockAndRequireOwner(id);
        Team team = get(id);
        TeamRole role = memberships.roleOf(user, id).orElseThrow(() -> new NotFoundException("Member"));
        if (role == TeamRole.OWNER) {
            requireAnotherOwner(id, user);
        }
        memberships.remove(id, user);
        String username = users.find(user).map(UserAccount::username).orElse(user.toString());
        auditLog.deleted(new AuditSubject(id, "Membership", id + "/" + user, username + " in " + team.name()),
                Map.of("user", username, "team", team.name(), "role", role.name()));
    }

    /**
     * Membership changes of one team run one at a time (a row lock on the team), so two owners who demote
     * each other at the same moment cannot both pass {@link #requireAnotherOwner}. The lock comes before
     * the access check, which then sees whether the caller is still an owner after a change that just committed.
     */
    private void lockAndRequireOwner(TeamId id) {
        memberships.lockTeam(id);
        access.require(id, TeamRole.OWNER, TEAM);
    }

    private void requireAnotherOwner(TeamId id, UserId leavingOwner) {
        if (!memberships.hasEnabledOwnerOtherThan(id, leavingOwner)) {
            throw new InvalidInputException("role",
                    "A team needs at least one owner, and disabled owners do not count. Make someone else owner first.");
        }
    }

    private static InvalidInputException duplicateName() {
        return new InvalidInputException("name", "A team with this name already exists");
    }

    private static AuditSubject subject(Team team) {
        return new AuditSubject(team.id(), TEAM, team.id().toString(), team.name());
    }
}
