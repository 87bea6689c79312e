package dev.beacon.security.internal;

import dev.beacon.security.Team;
import dev.beacon.security.TeamData;
import dev.beacon.security.TeamOverview;
import dev.beacon.security.TeamRole;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.UserId;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static dev.beacon.jooq.Tables.TEAM;
import static dev.beacon.jooq.Tables.TEAM_MEMBERSHIP;

@Repository
public class JooqTeamRepository {

    private final DSLContext db;

    JooqTeamRepository(DSLContext db) {
        this.db = db;
    }

    public Team insert(TeamData data) {
        return db.insertInto(TEAM)
                .set(TEAM.NAME, data.name())
                .set(TEAM.DESCRIPTION, data.description())
                .returning()
                .fetchOne(r -> new Team(r.getTeamId(), r.getVersion(), r.getName(), r.getDescription(), r.getCreatedAt()));
    }

    public Optional<Team> find(TeamId id) {
        return db.select(TEAM.TEAM_ID, TEAM.VERSION, TEAM.NAME, TEAM.DESCRIPTION, TEAM.CREATED_AT)
                .from(TEAM)
                .where(TEAM.TEAM_ID.eq(id))
                .fetchOptional(Records.mapping(Team::new));
    }

    public Optional<Team> findByName(String name) {
        return db.select(TEAM.TEAM_ID, TEAM.VERSION, TEAM.NAME, TEAM.DESCRIPTION, TEAM.CREATED_AT)
                .from(TEAM)
                .where(DSL.lower(TEAM.NAME).eq(name.toLowerCase()))
                .fetchOptional(Records.mapping(Team::new));
    }

    /** Returns false when the version no longer matches (someone else saved first). */
    public boolean update(TeamId id, int version, TeamData data, Instant now) {
        return db.update(TEAM)
                .set(TEAM.NAME, data.name())
                .set(TEAM.DESCRIPTION, data.description())
                .set(TEAM.VERSION, TEAM.VERSION.plus(1))
                .set(TEAM.UPDATED_AT, now)
                .where(TEAM.TEAM_ID.eq(id), TEAM.VERSION.eq(version))
                .execute() == 1;
    }

    public void delete(TeamId id) {
        db.deleteFrom(TEAM).where(TEAM.TEAM_ID.eq(id)).execute();
    }

    /** The given teams, each with the member count and the given user's role in it. */
    public List<TeamOverview> overviews(Collection<TeamId> teams, UserId viewer) {
        Field<Integer> memberCount = DSL.selectCount()
                .from(TEAM_MEMBERSHIP)
                .where(TEAM_MEMBERSHIP.TEAM_ID.eq(TEAM.TEAM_ID))
                .asField("member_count");
        Field<TeamRole> myRole = DSL.select(TEAM_MEMBERSHIP.ROLE)
                .from(TEAM_MEMBERSHIP)
                .where(TEAM_MEMBERSHIP.TEAM_ID.eq(TEAM.TEAM_ID), TEAM_MEMBERSHIP.USER_ID.eq(viewer))
                .asField("my_role");
        return db.select(TEAM.TEAM_ID, TEAM.VERSION, TEAM.NAME, TEAM.DESCRIPTION, memberCount, myRole)
                .from(TEAM)
                .where(TEAM.TEAM_ID.in(teams))
                .orderBy(DSL.lower(TEAM.NAME))
                .fetch(Records.mapping(TeamOverview::new));
    }
}
