package dev.beacon.alerting.internal;

import dev.beacon.alerting.AlertTransition;
import dev.beacon.alerting.RuleData;
import dev.beacon.shared.ModelId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dev.beacon.jooq.Tables.ALERT_NOTICE;
import static dev.beacon.jooq.Tables.ALERT_RULE;
import static dev.beacon.jooq.Tables.ALERT_TRANSITION;

/**
 * Reads the alert history: a model's transitions, newest first, or over a time range for timelines and bands; each
 * with the reason its notice was muted, if it was (the notice alerting recorded for it at the same time).
 */
@Repository
public class JooqAlertQuery {

    private final DSLContext db;

    JooqAlertQuery(DSLContext db) {
        this.db = db;
    }

    /** The model's latest transitions, newest first. */
    public List<AlertTransition> history(ModelId model, int limit) {
        return select(ALERT_TRANSITION.MODEL_ID.eq(model))
                .orderBy(ALERT_TRANSITION.AT.desc(), ALERT_TRANSITION.ALERT_TRANSITION_ID.desc())
                .limit(limit)
                .fetch(JooqAlertQuery::transition);
    }

    /**
     * The model's transitions in [from, to), oldest first, preceded by each rule's latest transition before
     * {@code from} (where every rule stood when the range began).
     */
    public List<AlertTransition> transitions(ModelId model, Instant from, Instant to) {
        var before = db.selectDistinct(ALERT_TRANSITION.ALERT_TRANSITION_ID)
                .on(ALERT_TRANSITION.ALERT_RULE_ID)
                .from(ALERT_TRANSITION)
                .where(ALERT_TRANSITION.MODEL_ID.eq(model), ALERT_TRANSITION.AT.lt(from))
                .orderBy(ALERT_TRANSITION.ALERT_RULE_ID, ALERT_TRANSITION.AT.desc(), ALERT_TRANSITION.ALERT_TRANSITION_ID.desc());
        List<AlertTransition> all = new ArrayList<>(select(ALERT_TRANSITION.ALERT_TRANSITION_ID.in(before))
                .orderBy(ALERT_TRANSITION.AT, ALERT_TRANSITION.ALERT_TRANSITION_ID).fetch(JooqAlertQuery::transition));
        all.addAll(select(ALERT_TRANSITION.MODEL_ID.eq(model).and(ALERT_TRANSITION.AT.ge(from)).and(ALERT_TRANSITION.AT.lt(to)))
                .orderBy(ALERT_TRANSITION.AT, ALERT_TRANSITION.ALERT_TRANSITION_ID).fetch(JooqAlertQuery::transition));
        return all;
    }

    private org.jooq.SelectConditionStep<Record> select(Condition where) {
        return db.select(ALERT_TRANSITION.fields()).select(ALERT_RULE.fields()).select(ALERT_NOTICE.MUTED_BY)
                .from(ALERT_TRANSITION)
                .join(ALERT_RULE).on(ALERT_RULE.ALERT_RULE_ID.eq(ALERT_TRANSITION.ALERT_RULE_ID))
                .leftJoin(ALERT_NOTICE).on(ALERT_NOTICE.ALERT_RULE_ID.eq(ALERT_TRANSITION.ALERT_RULE_ID),
                        ALERT_NOTICE.AT.eq(ALERT_TRANSITION.AT), ALERT_NOTICE.TO_STATE.eq(ALERT_TRANSITION.TO_STATE),
                        ALERT_NOTICE.KIND.eq("TRANSITION"))
                .where(where);
    }

    private static AlertTransition transition(Record row) {
        RuleData rule = RuleColumns.ruleData(row);
        return new AlertTransition(row.get(ALERT_TRANSITION.ALERT_RULE_ID), row.get(ALERT_TRANSITION.MODEL_ID), rule.summary(),
                row.get(ALERT_TRANSITION.FROM_STATE), row.get(ALERT_TRANSITION.TO_STATE), row.get(ALERT_TRANSITION.SEVERITY),
                row.get(ALERT_TRANSITION.OBSERVED_VALUE), row.get(ALERT_TRANSITION.THRESHOLD), rule.metric().unit(),
                row.get(ALERT_TRANSITION.AT), row.get(ALERT_NOTICE.MUTED_BY));
    }
}
