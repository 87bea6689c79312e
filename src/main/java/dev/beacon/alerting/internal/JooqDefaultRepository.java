package dev.beacon.alerting.internal;

import dev.beacon.alerting.DefaultRule;
import dev.beacon.alerting.DefaultRuleData;
import dev.beacon.alerting.DefaultRuleId;
import dev.beacon.jooq.tables.records.AlertDefaultRecord;
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
import java.util.List;
import java.util.Optional;

import static dev.beacon.jooq.Tables.ALERT_DEFAULT;
import static dev.beacon.jooq.Tables.ALERT_DEFAULT_OPT_OUT;
import static dev.beacon.jooq.Tables.ALERT_RULE;

/** Writes team defaults and the models that opted out of them. */
@Repository
public class JooqDefaultRepository {

    private final DSLContext db;

    JooqDefaultRepository(DSLContext db) {
        this.db = db;
    }

    public DefaultRuleId insert(TeamId team, DefaultRuleData data, UserId author, Instant now) {
        AlertDefaultRecord row = columns(data).setTeamId(team).setCreatedAt(now).setCreatedByUserId(author)
                .setUpdatedAt(now).setUpdatedByUserId(author);
        return db.insertInto(ALERT_DEFAULT).set(row).returning(ALERT_DEFAULT.ALERT_DEFAULT_ID)
                .fetchOne(ALERT_DEFAULT.ALERT_DEFAULT_ID);
    }

    /** False when the version no longer matches. */
    public boolean update(DefaultRuleId id, int version, DefaultRuleData data, UserId author, Instant now) {
        return db.update(ALERT_DEFAULT).set(columns(data).setUpdatedAt(now).setUpdatedByUserId(author))
                .set(ALERT_DEFAULT.VERSION, ALERT_DEFAULT.VERSION.plus(1))
                .where(ALERT_DEFAULT.ALERT_DEFAULT_ID.eq(id), ALERT_DEFAULT.VERSION.eq(version))
                .execute() == 1;
    }

    /** Deletes the default; the database deletes its copies and opt-outs with it. False when the version no longer matches. */
    public boolean delete(DefaultRuleId id, int version) {
        return db.deleteFrom(ALERT_DEFAULT)
                .where(ALERT_DEFAULT.ALERT_DEFAULT_ID.eq(id), ALERT_DEFAULT.VERSION.eq(version)).execute() == 1;
    }

    public Optional<DefaultRule> find(DefaultRuleId id) {
        return select(ALERT_DEFAULT.ALERT_DEFAULT_ID.eq(id)).stream().findFirst();
    }

    /** The team's defaults, by name. */
    public List<DefaultRule> defaultsOf(TeamId team) {
        return select(ALERT_DEFAULT.TEAM_ID.eq(team));
    }

    public void optOut(DefaultRuleId rule, ModelId model) {
        db.insertInto(ALERT_DEFAULT_OPT_OUT)
                .set(ALERT_DEFAULT_OPT_OUT.ALERT_DEFAULT_ID, rule)
                .set(ALERT_DEFAULT_OPT_OUT.MODEL_ID, model)
                .onConflictDoNothing()
                .execute();
    }

    /** Forgets the model's opt-out and deletes the rule that overrode the default, if any. */
    public void restore(DefaultRuleId rule, ModelId model) {
        db.deleteFrom(ALERT_DEFAULT_OPT_OUT)
                .where(ALERT_DEFAULT_OPT_OUT.ALERT_DEFAULT_ID.eq(rule), ALERT_DEFAULT_OPT_OUT.MODEL_ID.eq(model)).execute();
        db.deleteFrom(ALERT_RULE).where(ALERT_RULE.OVERRIDES_DEFAULT_ID.eq(rule), ALERT_RULE.MODEL_ID.eq(model)).execute();
    }

    /** The defaults the model opted out of or overrides, for "restore default". */
    public List<DefaultRule> optedOutBy(ModelId model) {
        return select(ALERT_DEFAULT.ALERT_DEFAULT_ID.in(DSL.select(ALERT_DEFAULT_OPT_OUT.ALERT_DEFAULT_ID)
                .from(ALERT_DEFAULT_OPT_OUT).where(ALERT_DEFAULT_OPT_OUT.MODEL_ID.eq(model))));
    }

    private List<DefaultRule> select(Condition where) {
        Field<Integer> linked = DSL.field(DSL.selectCount().from(ALERT_RULE)
                .where(ALERT_RULE.ALERT_DEFAULT_ID.eq(ALERT_DEFAULT.ALERT_DEFAULT_ID)));
        Field<Integer> optedOut = DSL.field(DSL.selectCount().from(ALERT_DEFAULT_OPT_OUT)
                .where(ALERT_DEFAULT_OPT_OUT.ALERT_DEFAULT_ID.eq(ALERT_DEFAULT.ALERT_DEFAULT_ID)));
        return db.select(ALERT_DEFAULT.fields()).select(linked.as("linked"), optedOut.as("opted_out"))
                .from(ALERT_DEFAULT)
                .where(where)
                .orderBy(DSL.lower(ALERT_DEFAULT.NAME), ALERT_DEFAULT.ALERT_DEFAULT_ID)
                .fetch(row -> new DefaultRule(row.get(ALERT_DEFAULT.ALERT_DEFAULT_ID), row.get(ALERT_DEFAULT.VERSION),
                        row.get(ALERT_DEFAULT.TEAM_ID), data(row), row.get("linked", Integer.class),
                        row.get("opted_out", Integer.class), row.get(ALERT_DEFAULT.UPDATED_AT)));
    }

    private static DefaultRuleData data(Record row) {
        return new DefaultRuleData(row.get(ALERT_DEFAULT.NAME), row.get(ALERT_DEFAULT.MATCH_RUNTIME),
                row.get(ALERT_DEFAULT.MATCH_TAG), RuleColumns.defaultRuleData(row));
    }

    private static AlertDefaultRecord columns(DefaultRuleData data) {
        var rule = data.rule();
        return new AlertDefaultRecord()
                .setName(data.name())
                .setMatchRuntime(data.matchRuntime())
                .setMatchTag(data.matchTag())
                .setMetric(rule.metric())
                .setScoreName(rule.scoreName())
                .setComparator(rule.comparator())
                .setWarningThreshold(rule.warningThreshold())
                .setCriticalThreshold(rule.criticalThreshold())
                .setWindowSeconds(rule.windowSeconds())
                .setPendingSeconds(rule.pendingSeconds())
                .setMinRequests(rule.minRequests())
                .setNoData(rule.noData())
                .setNoDataAfterSeconds(rule.noDataAfterSeconds())
                .setEnabled(rule.enabled())
                .setRunbookUrl(rule.runbookUrl())
                .setNotes(rule.notes())
                .setRepeatIntervalSeconds(rule.repeatIntervalSeconds());
    }
}
