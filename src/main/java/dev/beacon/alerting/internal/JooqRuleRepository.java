package dev.beacon.alerting.internal;

import dev.beacon.alerting.DefaultRuleId;
import dev.beacon.alerting.Rule;
import dev.beacon.alerting.RuleData;
import dev.beacon.alerting.RuleId;
import dev.beacon.alerting.RuleOverview;
import dev.beacon.alerting.RuleState;
import dev.beacon.jooq.tables.records.AlertRuleRecord;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.UserId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static dev.beacon.jooq.Tables.ALERT_DEFAULT;
import static dev.beacon.jooq.Tables.ALERT_RULE;
import static dev.beacon.jooq.Tables.ALERT_STATE;
import static dev.beacon.jooq.Tables.ALERT_TRANSITION;
import static dev.beacon.jooq.Tables.APP_USER;
import static dev.beacon.jooq.Tables.MODEL;

/** Writes a model's threshold rules and reads them with their current state. */
@Repository
public class JooqRuleRepository {

    private final DSLContext db;

    JooqRuleRepository(DSLContext db) {
        this.db = db;
    }

    public RuleId insert(ModelId model, RuleData data, DefaultRuleId fromDefault, UserId author, Instant now) {
        AlertRuleRecord row = RuleColumns.ruleColumns(data)
                .setModelId(model)
                .setAlertDefaultId(fromDefault)
                .setCreatedAt(now)
                .setCreatedByUserId(author)
                .setUpdatedAt(now)
                .setUpdatedByUserId(author);
        return db.insertInto(ALERT_RULE).set(row).returning(ALERT_RULE.ALERT_RULE_ID).fetchOne(ALERT_RULE.ALERT_RULE_ID);
    }

    /**
     * Saves the rule as the model's own: a copy of a team default becomes an override of it. False when the version
     * no longer matches.
     */
    public boolean update(RuleId id, int version, RuleData data, UserId author, Instant now) {
        AlertRuleRecord row = RuleColumns.ruleColumns(data).setUpdatedAt(now).setUpdatedByUserId(author);
        return db.update(ALERT_RULE).set(row)
                .set(ALERT_RULE.OVERRIDES_DEFAULT_ID, DSL.coalesce(ALERT_RULE.ALERT_DEFAULT_ID, ALERT_RULE.OVERRIDES_DEFAULT_ID))
                .setNull(ALERT_RULE.ALERT_DEFAULT_ID)
                .set(ALERT_RULE.VERSION, ALERT_RULE.VERSION.plus(1))
                .where(ALERT_RULE.ALERT_RULE_ID.eq(id), ALERT_RULE.VERSION.eq(version))
                .execute() == 1;
    }

    /** Whether firing CRITICAL opens a ticket; a setting beside the thresholds, so it leaves the version alone. */
    public void setOpensTicketOnCritical(RuleId id, boolean opens, UserId author, Instant now) {
        db.update(ALERT_RULE)
                .set(ALERT_RULE.OPEN_TICKET_ON_CRITICAL, opens)
                .set(ALERT_RULE.UPDATED_AT, now)
                .set(ALERT_RULE.UPDATED_BY_USER_ID, author)
                .where(ALERT_RULE.ALERT_RULE_ID.eq(id))
                .execute();
    }

    public boolean delete(RuleId id, int version) {
        return db.deleteFrom(ALERT_RULE).where(ALERT_RULE.ALERT_RULE_ID.eq(id), ALERT_RULE.VERSION.eq(version)).execute() == 1;
    }

    public void markReviewed(RuleId id, UserId reviewer, Instant now) {
        db.update(ALERT_RULE).set(ALERT_RULE.REVIEWED_AT, now).set(ALERT_RULE.REVIEWED_BY_USER_ID, reviewer)
                .where(ALERT_RULE.ALERT_RULE_ID.eq(id)).execute();
    }

    public Optional<ModelId> modelOf(RuleId id) {
        return db.select(ALERT_RULE.MODEL_ID).from(ALERT_RULE).where(ALERT_RULE.ALERT_RULE_ID.eq(id)).fetchOptional(ALERT_RULE.MODEL_ID);
    }

    public Optional<Rule> find(RuleId id) {
        return select(ALERT_RULE.ALERT_RULE_ID.eq(id), null).stream().findFirst().map(RuleOverview::rule);
    }

    /** The model's rules with their states, oldest first. */
    public List<RuleOverview> rulesOf(ModelId model, Instant firingsSince) {
        return select(ALERT_RULE.MODEL_ID.eq(model), firingsSince);
    }

    /** Every rule of the teams' models with its state and how often it fired since the given time. */
    public List<RuleOverview> rulesOfTeams(Collection<TeamId> teams, Instant firingsSince) {
        return select(MODEL.TEAM_ID.in(teams), firingsSince);
    }

    /** The enabled rules of the models, with their states, for health. */
    public List<RuleOverview> enabledRulesOf(Collection<ModelId> models) {
        return select(ALERT_RULE.MODEL_ID.in(models).and(ALERT_RULE.ENABLED.isTrue()), null);
    }

    private List<RuleOverview> select(Condition where, Instant firingsSince) {
        Field<Integer> firings = firingsSince == null ? DSL.inline(0) : DSL.field(DSL.selectCount().from(ALERT_TRANSITION)
                .where(ALERT_TRANSITION.ALERT_RULE_ID.eq(ALERT_RULE.ALERT_RULE_ID),
                        ALERT_TRANSITION.TO_STATE.eq(dev.beacon.alerting.AlertState.FIRING),
                        ALERT_TRANSITION.FROM_STATE.ne(dev.beacon.alerting.AlertState.FIRING),
                        ALERT_TRANSITION.AT.ge(firingsSince)));
        return db.select(ALERT_RULE.fields())
                .select(MODEL.TEAM_ID, MODEL.NAME, APP_USER.USERNAME, ALERT_DEFAULT.NAME)
                .select(ALERT_STATE.fields())
                .select(firings.as("firings"))
                .from(ALERT_RULE)
                .join(MODEL).on(MODEL.MODEL_ID.eq(ALERT_RULE.MODEL_ID))
                .leftJoin(APP_USER).on(APP_USER.USER_ID.eq(ALERT_RULE.REVIEWED_BY_USER_ID))
                .leftJoin(ALERT_DEFAULT).on(ALERT_DEFAULT.ALERT_DEFAULT_ID.eq(
                        DSL.coalesce(ALERT_RULE.ALERT_DEFAULT_ID, ALERT_RULE.OVERRIDES_DEFAULT_ID)))
                .leftJoin(ALERT_STATE).on(ALERT_STATE.ALERT_RULE_ID.eq(ALERT_RULE.ALERT_RULE_ID))
                .where(where)
                .orderBy(ALERT_RULE.CREATED_AT, ALERT_RULE.ALERT_RULE_ID)
                .fetch(row -> new RuleOverview(rule(row), state(row), row.get("firings", Integer.class)));
    }

    private static Rule rule(Record row) {
        return new Rule(row.get(ALERT_RULE.ALERT_RULE_ID), row.get(ALERT_RULE.VERSION), row.get(ALERT_RULE.MODEL_ID),
                row.get(MODEL.TEAM_ID), row.get(MODEL.NAME), row.get(ALERT_RULE.ALERT_DEFAULT_ID), row.get(ALERT_RULE.OVERRIDES_DEFAULT_ID),
                row.get(ALERT_DEFAULT.NAME), RuleColumns.ruleData(row),
                row.get(ALERT_RULE.REVIEWED_AT), row.get(APP_USER.USERNAME), row.get(ALERT_RULE.UPDATED_AT),
                row.get(ALERT_RULE.OPEN_TICKET_ON_CRITICAL));
    }

    static RuleState state(Record row) {
        if (row.get(ALERT_STATE.ALERT_RULE_ID) == null) {
            return null;
        }
        return new RuleState(row.get(ALERT_STATE.STATE), row.get(ALERT_STATE.SEVERITY), row.get(ALERT_STATE.SINCE),
                row.get(ALERT_STATE.PENDING_SINCE), row.get(ALERT_STATE.NO_DATA_SINCE), row.get(ALERT_STATE.HAS_DATA),
                row.get(ALERT_STATE.LAST_VALUE));
    }
}
