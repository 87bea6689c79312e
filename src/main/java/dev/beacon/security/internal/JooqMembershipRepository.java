package dev.beacon.security.internal;

import dev.beacon.security.TeamMember;
import dev.beacon.security.TeamRole;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.UserId;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.beacon.jooq.Tables.APP_USER;
import static dev.beacon.jooq.Tables.TEAM;
import static dev.beacon.jooq.Tables.TEAM_MEMBERSHIP;

@Repository
public class JooqMembershipRepository {

    private final DSLContext db;

    JooqMembershipRepository(DSLContext db) {
        this.db = db;
    }

    public boolean teamExists(TeamId team) {
        return db.fetchExists(TEAM, TEAM.TEAM_ID.eq(team));
    }

    public Optional<TeamRole> roleOf(UserId user, TeamId team) {
        return db.select(TEAM_MEMBERSHIP.ROLE)
                .from(TEAM_MEMBERSHIP)
                .where(TEAM_MEMBERSHIP.USER_ID.eq(user), TEAM_MEMBERSHIP.TEAM_ID.eq(team))
                .fetchOptional(TEAM_MEMBERSHIP.ROLE);
    }

    public Set<TeamId> allTeamIds() {
        return new HashSet<>(db.select(TEAM.TEAM_ID).from(TEAM).fetch(TEAM.TEAM_ID));
    }

    public Set<TeamId> teamsOf(UserId user) {
        return teamsWithRole(user, TeamRole.VIEWER);
    }

    public Set<TeamId> teamsWithRole(UserId user, TeamRole minimum) {
        Set<TeamRole> roles = EnumSet.noneOf(TeamRole.class);
        for (TeamRole role : TeamRole.values()) {
            if (role.includes(minimum)) {
                roles.add(role);
            }
        }
        return new HashSet<>(db.select(TEAM_MEMBERSHIP.TEAM_ID)
                .from(TEAM_MEMBERSHIP)
                .where(TEAM_MEMBERSHIP.USER_ID.eq(user), TEAM_MEMBERSHIP.ROLE.in(roles))
                .fetch(TEAM_MEMBERSHIP.TEAM_ID));
    }

    public List<TeamMember> members(TeamId team) {
        return db.select(APP_USER.USER_ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.ENABLED, TEAM_MEMBERSHIP.ROLE)
                .from(TEAM_MEMBERSHIP)
                .join(APP_USER).on(APP_USER.USER_ID.eq(TEAM_MEMBERSHIP.USER_ID))
                .where(TEAM_MEMBERSHIP.TEAM_ID.eq(team))
                .orderBy(DSL.case_(TEAM_MEMBERSHIP.ROLE).when(TeamRole.OWNER, 0).when(TeamRole.EDITOR, 1).otherwise(2),
                        APP_USER.DISPLAY_NAME)
                .fetch(Records.mapping(TeamMember::new));
    }

    /**
     * Locks the team's row until the transaction ends. Every change of a team's owners takes this lock
     * first, so concurrent changes run one after the other and each counts the owners the previous one left.
     */
    public void lockTeam(TeamId team) {
        db.select(TEAM.TEAM_ID).from(TEAM).where(TEAM.TEAM_ID.eq(team)).forUpdate().fetch();
    }

    /** Whether the team has an enabled owner besides the user; disabled owners cannot manage anything. */
    public boolean hasEnabledOwnerOtherThan(TeamId team, UserId user) {
        return db.fetchExists(DSL.selectOne()
                .from(TEAM_MEMBERSHIP)
                .join(APP_USER).on(APP_USER.USER_ID.eq(TEAM_MEMBERSHIP.USER_ID))
                .where(TEAM_MEMBERSHIP.TEAM_ID.eq(team), TEAM_MEMBERSHIP.ROLE.eq(TeamRole.OWNER),
                        TEAM_MEMBERSHIP.USER_ID.ne(user), APP_USER.ENABLED.isTrue()));
    }

    /** Adds the membership, or changes the role when the user is already a member. */
    public void put(TeamId team, UserId user, TeamRole role) {
        db.insertInto(TEAM_MEMBERSHIP)
                .set(TEAM_MEMBERSHIP.TEAM_ID, team)
                .set(TEAM_MEMBERSHIP.USER_ID, user)
                .set(TEAM_MEMBERSHIP.ROLE, role)
                .onConflict(TEAM_MEMBERSHIP.TEAM_ID, TEAM_MEMBERSHIP.USER_ID)
                .doUpdate()
                .set(TEAM_MEMBERSHIP.ROLE, role)
                .execute();
    }

    public boolean remove(TeamId team, UserId user) {
        return db.deleteFrom(TEAM_MEMBERSHIP)
                .where(TEAM_MEMBERSHIP.TEAM_ID.eq(team), TEAM_MEMBERSHIP.USER_ID.eq(user))
                .execute() > 0;
    }
}
