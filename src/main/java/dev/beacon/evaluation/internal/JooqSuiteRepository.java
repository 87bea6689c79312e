package dev.beacon.evaluation.internal;

import dev.beacon.evaluation.ScorerJson;
import dev.beacon.evaluation.Suite;
import dev.beacon.evaluation.SuiteData;
import dev.beacon.evaluation.SuiteId;
import dev.beacon.jooq.tables.AppUser;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.UserId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.beacon.jooq.Tables.APP_USER;
import static dev.beacon.jooq.Tables.EVAL_CASE;
import static dev.beacon.jooq.Tables.EVAL_SUITE;
import static dev.beacon.jooq.Tables.TEAM;

/** Reads and writes suites. Every change of a suite row checks its version. */
@Repository
public class JooqSuiteRepository {

    private static final AppUser CREATOR = APP_USER.as("creator");
    private static final AppUser UPDATER = APP_USER.as("updater");
    private static final Field<Integer> CASE_COUNT = DSL.field(DSL.selectCount().from(EVAL_CASE)
            .where(EVAL_CASE.EVAL_SUITE_ID.eq(EVAL_SUITE.EVAL_SUITE_ID)));

    private final DSLContext db;

    JooqSuiteRepository(DSLContext db) {
        this.db = db;
    }

    /** Fails with DuplicateKeyException when the team has a suite of that name or slug. */
    public SuiteId insert(TeamId team, SuiteData data, String slug, UserId creator, Instant now) {
        return db.insertInto(EVAL_SUITE)
                .set(EVAL_SUITE.TEAM_ID, team)
                .set(EVAL_SUITE.NAME, data.name())
                .set(EVAL_SUITE.SLUG, slug)
                .set(EVAL_SUITE.DESCRIPTION, data.description())
                .set(EVAL_SUITE.DEFAULT_SCORER, JSONB.valueOf(ScorerJson.toJson(data.defaultScorer())))
                .set(EVAL_SUITE.CREATED_AT, now)
                .set(EVAL_SUITE.CREATED_BY_USER_ID, creator)
                .set(EVAL_SUITE.UPDATED_AT, now)
                .set(EVAL_SUITE.UPDATED_BY_USER_ID, creator)
                .returning(EVAL_SUITE.EVAL_SUITE_ID)
                .fetchOne(EVAL_SUITE.EVAL_SUITE_ID);
    }

    /** Returns false when the version no longer matches; fails with DuplicateKeyException on a taken name. */
    public boolean update(SuiteId id, int version, SuiteData data, UserId editor, Instant now) {
        return db.update(EVAL_SUITE)
                .set(EVAL_SUITE.NAME, data.name())
                .set(EVAL_SUITE.DESCRIPTION, data.description())
                .set(EVAL_SUITE.DEFAULT_SCORER, JSONB.valueOf(ScorerJson.toJson(data.defaultScorer())))
                .set(EVAL_SUITE.UPDATED_AT, now)
                .set(EVAL_SUITE.UPDATED_BY_USER_ID, editor)
                .set(EVAL_SUITE.VERSION, EVAL_SUITE.VERSION.plus(1))
                .where(EVAL_SUITE.EVAL_SUITE_ID.eq(id), EVAL_SUITE.VERSION.eq(version))
                .execute() == 1;
    }

    /** Marks the suite changed by someone (its cases changed): moves the update time, keeps the version. */
    public void touch(SuiteId id, UserId editor, Instant now) {
        db.update(EVAL_SUITE)
                .set(EVAL_SUITE.UPDATED_AT, now)
                .set(EVAL_SUITE.UPDATED_BY_USER_ID, editor)
                .where(EVAL_SUITE.EVAL_SUITE_ID.eq(id))
                .execute();
    }

    /** Cases, attachments, runs and results go with it (foreign keys cascade). */
    public boolean delete(SuiteId id) {
        return db.deleteFrom(EVAL_SUITE).where(EVAL_SUITE.EVAL_SUITE_ID.eq(id)).execute() == 1;
    }

    /**
     * Locks the suite row until the transaction ends, so that two writers adding cases at once cannot both pass the
     * case limit or take the same position.
     */
    public void lock(SuiteId id) {
        db.selectOne().from(EVAL_SUITE).where(EVAL_SUITE.EVAL_SUITE_ID.eq(id)).forNoKeyUpdate().execute();
    }

    public Optional<TeamId> teamOf(SuiteId id) {
        return db.select(EVAL_SUITE.TEAM_ID).from(EVAL_SUITE).where(EVAL_SUITE.EVAL_SUITE_ID.eq(id))
                .fetchOptional(EVAL_SUITE.TEAM_ID);
    }

    public Set<String> slugsOf(TeamId team) {
        return new HashSet<>(db.select(EVAL_SUITE.SLUG).from(EVAL_SUITE).where(EVAL_SUITE.TEAM_ID.eq(team))
                .fetch(EVAL_SUITE.SLUG));
    }

    public Optional<Suite> find(SuiteId id) {
        return select().where(EVAL_SUITE.EVAL_SUITE_ID.eq(id)).fetchOptional(JooqSuiteRepository::suite);
    }

    /** Suites of these teams by name (case-insensitive), then team. */
    public List<Suite> findAll(Collection<TeamId> teams) {
        if (teams.isEmpty()) {
            return List.of();
        }
        Condition ofTeams = EVAL_SUITE.TEAM_ID.in(teams);
        return select().where(ofTeams)
                .orderBy(DSL.lower(EVAL_SUITE.NAME), TEAM.NAME, EVAL_SUITE.EVAL_SUITE_ID)
                .fetch(JooqSuiteRepository::suite);
    }

    private SelectOnConditionStep<Record> select() {
        return db.select(EVAL_SUITE.fields())
                .select(TEAM.NAME, CREATOR.DISPLAY_NAME, UPDATER.DISPLAY_NAME, CASE_COUNT)
                .from(EVAL_SUITE)
                .join(TEAM).on(TEAM.TEAM_ID.eq(EVAL_SUITE.TEAM_ID))
                .leftJoin(CREATOR).on(CREATOR.USER_ID.eq(EVAL_SUITE.CREATED_BY_USER_ID))
                .leftJoin(UPDATER).on(UPDATER.USER_ID.eq(EVAL_SUITE.UPDATED_BY_USER_ID));
    }

    private static Suite suite(Record row) {
        SuiteData data = new SuiteData(row.get(EVAL_SUITE.NAME), row.get(EVAL_SUITE.DESCRIPTION),
                ScorerJson.fromJson(row.get(EVAL_SUITE.DEFAULT_SCORER).data()));
        return new Suite(row.get(EVAL_SUITE.EVAL_SUITE_ID), row.get(EVAL_SUITE.TEAM_ID), row.get(TEAM.NAME),
                row.get(EVAL_SUITE.SLUG), data, row.get(CASE_COUNT), row.get(EVAL_SUITE.VERSION),
                row.get(EVAL_SUITE.CREATED_AT), row.get(CREATOR.DISPLAY_NAME),
                row.get(EVAL_SUITE.UPDATED_AT), row.get(UPDATER.DISPLAY_NAME));
    }
}
