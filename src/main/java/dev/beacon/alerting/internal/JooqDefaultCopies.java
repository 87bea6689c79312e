package dev.beacon.alerting.internal;

import dev.beacon.alerting.DefaultRule;
import dev.beacon.alerting.RuleData;
import dev.beacon.alerting.RuleId;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.UserId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static dev.beacon.jooq.Tables.ALERT_DEFAULT_OPT_OUT;
import static dev.beacon.jooq.Tables.ALERT_RULE;
import static dev.beacon.jooq.Tables.MODEL;

/** The models' copies of team defaults: which models match a default, and their linked rules. */
@Repository
public class JooqDefaultCopies {

    /** A model's copy of a default. */
    public record Copy(RuleId id, ModelId model, RuleData data) {
    }

    private final DSLContext db;

    JooqDefaultCopies(DSLContext db) {
        this.db = db;
    }

    /** The models of the default's team on its runtime and with its tag (if set) that did not opt out of it. */
    public List<ModelId> matchingModels(DefaultRule rule) {
        Condition matches = MODEL.TEAM_ID.eq(rule.team());
        if (rule.data().matchRuntime() != null) {
            matches = matches.and(MODEL.RUNTIME.eq(rule.data().matchRuntime()));
        }
        if (rule.data().matchTag() != null) {
            matches = matches.and(MODEL.TAGS.contains(new String[]{rule.data().matchTag()}));
        }
        return db.select(MODEL.MODEL_ID).from(MODEL)
                .where(matches, DSL.notExists(DSL.selectOne().from(ALERT_DEFAULT_OPT_OUT).where(
                        ALERT_DEFAULT_OPT_OUT.ALERT_DEFAULT_ID.eq(rule.id()), ALERT_DEFAULT_OPT_OUT.MODEL_ID.eq(MODEL.MODEL_ID))))
                .fetch(MODEL.MODEL_ID);
    }

    public Map<ModelId, Copy> copiesOf(DefaultRule rule) {
        return db.select(ALERT_RULE.ALERT_RULE_ID, ALERT_RULE.MODEL_ID).select(ALERT_RULE.fields())
                .from(ALERT_RULE).where(ALERT_RULE.ALERT_DEFAULT_ID.eq(rule.id()))
                .fetchMap(ALERT_RULE.MODEL_ID, row -> new Copy(row.get(ALERT_RULE.ALERT_RULE_ID), row.get(ALERT_RULE.MODEL_ID),
                        RuleColumns.ruleData(row)));
    }

    /** Writes the default's new settings into a copy; it stays linked (unlike a person's edit). */
    public void update(RuleId copy, RuleData data, UserId author, Instant now) {
        db.update(ALERT_RULE).set(RuleColumns.ruleColumns(data).setUpdatedAt(now).setUpdatedByUserId(author))
                .set(ALERT_RULE.VERSION, ALERT_RULE.VERSION.plus(1))
                .where(ALERT_RULE.ALERT_RULE_ID.eq(copy)).execute();
    }

    public void delete(Collection<RuleId> copies) {
        if (!copies.isEmpty()) {
            db.deleteFrom(ALERT_RULE).where(ALERT_RULE.ALERT_RULE_ID.in(copies)).execute();
        }
    }
}
