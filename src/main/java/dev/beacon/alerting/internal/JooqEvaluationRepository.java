package dev.beacon.alerting.internal;

import dev.beacon.alerting.AlertState;
import dev.beacon.alerting.AlertTransition;
import dev.beacon.alerting.RuleId;
import dev.beacon.alerting.RuleState;
import dev.beacon.registry.ModelStatus;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.beacon.jooq.Tables.ALERT_CYCLE;
import static dev.beacon.jooq.Tables.ALERT_RULE;
import static dev.beacon.jooq.Tables.ALERT_STATE;
import static dev.beacon.jooq.Tables.ALERT_TRANSITION;
import static dev.beacon.jooq.Tables.MODEL;

/** The evaluator's reads and writes: a fixed handful of statements per cycle, whatever the number of rules. */
@Repository
public class JooqEvaluationRepository {

    private static final Instant EPOCH = Instant.EPOCH;

    private final DSLContext db;

    JooqEvaluationRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * Takes the cycle for this instance. The insert waits for another instance's insert of the same cycle to commit
     * or roll back, so exactly one of them gets true.
     */
    public boolean claimCycle(Instant cycleStart, Instant now, String instance) {
        return db.insertInto(ALERT_CYCLE)
                .set(ALERT_CYCLE.CYCLE_START, cycleStart)
                .set(ALERT_CYCLE.EVALUATED_AT, now)
                .set(ALERT_CYCLE.EVALUATED_BY, instance)
                .set(ALERT_CYCLE.RULES_EVALUATED, 0)
                .set(ALERT_CYCLE.TRANSITIONS, 0)
                .onConflictDoNothing()
                .execute() == 1;
    }

    public void finishCycle(Instant cycleStart, int rules, int transitions, double durationMs) {
        db.update(ALERT_CYCLE).set(ALERT_CYCLE.RULES_EVALUATED, rules).set(ALERT_CYCLE.TRANSITIONS, transitions)
                .set(ALERT_CYCLE.DURATION_MS, durationMs)
                .where(ALERT_CYCLE.CYCLE_START.eq(cycleStart)).execute();
    }

    /** Every enabled rule, and every disabled one whose alert has not settled to OK yet. */
    public List<EvaluationTarget> targets() {
        return db.select(ALERT_RULE.fields())
                .select(MODEL.TEAM_ID, MODEL.NAME, MODEL.STATUS)
                .select(ALERT_STATE.fields())
                .from(ALERT_RULE)
                .join(MODEL).on(MODEL.MODEL_ID.eq(ALERT_RULE.MODEL_ID))
                .leftJoin(ALERT_STATE).on(ALERT_STATE.ALERT_RULE_ID.eq(ALERT_RULE.ALERT_RULE_ID))
                .where(ALERT_RULE.ENABLED.isTrue().or(ALERT_STATE.STATE.ne(AlertState.OK)))
                .fetch(row -> new EvaluationTarget(row.get(ALERT_RULE.ALERT_RULE_ID), row.get(ALERT_RULE.MODEL_ID),
                        row.get(MODEL.TEAM_ID), row.get(MODEL.NAME), row.get(MODEL.STATUS) == ModelStatus.RETIRED,
                        RuleColumns.ruleData(row), JooqRuleRepository.state(row), row.get(ALERT_RULE.OPEN_TICKET_ON_CRITICAL)));
    }

    /** Stores every evaluated rule's state in one statement and counts the evaluation. */
    public void saveStates(Map<RuleId, RuleState> states, Instant now) {
        int n = states.size();
        if (n == 0) {
            return;
        }
        UUID[] ids = new UUID[n];
        String[] state = new String[n];
        String[] severity = new String[n];
        Long[] since = new Long[n];
        Long[] pendingSince = new Long[n];
        Long[] noDataSince = new Long[n];
        Boolean[] hasData = new Boolean[n];
        Double[] lastValue = new Double[n];
        int i = 0;
        for (var entry : states.entrySet()) {
            RuleState s = entry.getValue();
            ids[i] = entry.getKey().value();
            state[i] = s.state().name();
            severity[i] = s.severity() == null ? null : s.severity().name();
            since[i] = micros(s.since());
            pendingSince[i] = micros(s.pendingSince());
            noDataSince[i] = micros(s.noDataSince());
            hasData[i] = s.hasData();
            lastValue[i] = s.lastValue();
            i++;
        }
        db.execute("""
                insert into alert_state (alert_rule_id, state, severity, since, pending_since, no_data_since, has_data,
                                         last_value, evaluated_at, evaluations)
                select u.id, u.state, u.severity, timestamptz 'epoch' + u.since * interval '1 microsecond',
                       timestamptz 'epoch' + u.pending_since * interval '1 microsecond', timestamptz 'epoch' + u.no_data_since * interval '1 microsecond',
                       u.has_data, u.last_value, {0}, 1
                from unnest({1}, {2}, {3}, {4}, {5}, {6}, {7}, {8})
                     as u(id, state, severity, since, pending_since, no_data_since, has_data, last_value)
                where exists (select 1 from alert_rule r where r.alert_rule_id = u.id)
                on conflict (alert_rule_id) do update set state = excluded.state, severity = excluded.severity,
                    since = excluded.since, pending_since = excluded.pending_since, no_data_since = excluded.no_data_since,
                    has_data = excluded.has_data, last_value = excluded.last_value, evaluated_at = excluded.evaluated_at,
                    evaluations = alert_state.evaluations + 1
                """,
                DSL.val(now),
                DSL.val(ids), DSL.val(state), DSL.val(severity), DSL.val(since), DSL.val(pendingSince),
                DSL.val(noDataSince), DSL.val(hasData), DSL.val(lastValue));
    }

    public void insertTransitions(List<AlertTransition> transitions) {
        if (transitions.isEmpty()) {
            return;
        }
        var insert = db.insertInto(ALERT_TRANSITION, ALERT_TRANSITION.ALERT_RULE_ID, ALERT_TRANSITION.MODEL_ID,
                ALERT_TRANSITION.FROM_STATE, ALERT_TRANSITION.TO_STATE, ALERT_TRANSITION.SEVERITY,
                ALERT_TRANSITION.OBSERVED_VALUE, ALERT_TRANSITION.THRESHOLD, ALERT_TRANSITION.AT);
        for (AlertTransition t : transitions) {
            insert = insert.values(t.rule(), t.model(), t.from(), t.to(), t.severity(), t.observedValue(), t.threshold(), t.at());
        }
        insert.execute();
    }

    private static Long micros(Instant instant) {
        return instant == null ? null : ChronoUnit.MICROS.between(EPOCH, instant);
    }
}
