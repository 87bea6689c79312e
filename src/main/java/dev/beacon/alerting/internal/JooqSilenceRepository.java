package dev.beacon.alerting.internal;

import dev.beacon.alerting.RuleId;
import dev.beacon.alerting.Silence;
import dev.beacon.alerting.SilenceData;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.UserId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.beacon.jooq.Tables.ALERT_RULE;
import static dev.beacon.jooq.Tables.ALERT_SILENCE;
import static dev.beacon.jooq.Tables.APP_USER;
import static dev.beacon.jooq.Tables.MODEL;

/** Silences: stored, listed per team, ended early, and matched against an alert. */
@Repository
public class JooqSilenceRepository {

    private static final org.jooq.Table<?> RULE_MODEL = MODEL.as("rule_model");
    private static final org.jooq.Field<String> RULE_MODEL_NAME = RULE_MODEL.field(MODEL.NAME);

    private final DSLContext db;

    JooqSilenceRepository(DSLContext db) {
        this.db = db;
    }

    public UUID insert(TeamId team, SilenceData data, UserId by, Instant now) {
        return db.insertInto(ALERT_SILENCE)
                .set(ALERT_SILENCE.TEAM_ID, team).set(ALERT_SILENCE.MODEL_ID, data.model())
                .set(ALERT_SILENCE.ALERT_RULE_ID, data.rule()).set(ALERT_SILENCE.TAG, data.tag())
                .set(ALERT_SILENCE.STARTS_AT, data.startsAt()).set(ALERT_SILENCE.ENDS_AT, data.endsAt())
                .set(ALERT_SILENCE.REASON, data.reason()).set(ALERT_SILENCE.CREATED_AT, now)
                .set(ALERT_SILENCE.CREATED_BY_USER_ID, by)
                .returning(ALERT_SILENCE.ALERT_SILENCE_ID).fetchOne().getAlertSilenceId();
    }

    public Optional<Silence> find(UUID id) {
        return select(ALERT_SILENCE.ALERT_SILENCE_ID.eq(id)).fetchOptional(JooqSilenceRepository::silence);
    }

    /** The team's silences that end after {@code since}, the latest start first. */
    public List<Silence> ofTeam(TeamId team, Instant since) {
        return select(ALERT_SILENCE.TEAM_ID.eq(team).and(ALERT_SILENCE.ENDS_AT.gt(since))
                .and(ALERT_SILENCE.ENDED_EARLY_AT.isNull().or(ALERT_SILENCE.ENDED_EARLY_AT.gt(since))))
                .orderBy(ALERT_SILENCE.STARTS_AT.desc()).fetch(JooqSilenceRepository::silence);
    }

    public void endEarly(UUID id, Instant at) {
        db.update(ALERT_SILENCE).set(ALERT_SILENCE.ENDED_EARLY_AT, at).where(ALERT_SILENCE.ALERT_SILENCE_ID.eq(id)).execute();
    }

    /** A silence of the team active at {@code at} that matches the model, the rule or one of the model's tags. */
    public Optional<Silence> matching(TeamId team, ModelId model, RuleId rule, Instant at) {
        Condition matches = ALERT_SILENCE.MODEL_ID.eq(model).or(ALERT_SILENCE.ALERT_RULE_ID.eq(rule))
                .or(DSL.condition("{0} in (select unnest(tagged.tags) from model tagged where tagged.model_id = {1})",
                        ALERT_SILENCE.TAG, DSL.val(model.value())));
        return select(ALERT_SILENCE.TEAM_ID.eq(team).and(matches).and(ALERT_SILENCE.STARTS_AT.le(at))
                .and(ALERT_SILENCE.ENDS_AT.gt(at))
                .and(ALERT_SILENCE.ENDED_EARLY_AT.isNull().or(ALERT_SILENCE.ENDED_EARLY_AT.gt(at))))
                .orderBy(ALERT_SILENCE.STARTS_AT).limit(1).fetchOptional(JooqSilenceRepository::silence);
    }

    private org.jooq.SelectConditionStep<Record> select(Condition where) {
        return db.select(ALERT_SILENCE.fields()).select(MODEL.NAME, RULE_MODEL_NAME, APP_USER.USERNAME)
                .select(ALERT_RULE.fields())
                .from(ALERT_SILENCE)
                .leftJoin(MODEL).on(MODEL.MODEL_ID.eq(ALERT_SILENCE.MODEL_ID))
                .leftJoin(ALERT_RULE).on(ALERT_RULE.ALERT_RULE_ID.eq(ALERT_SILENCE.ALERT_RULE_ID))
                .leftJoin(RULE_MODEL).on(RULE_MODEL.field(MODEL.MODEL_ID).eq(ALERT_RULE.MODEL_ID))
                .leftJoin(APP_USER).on(APP_USER.USER_ID.eq(ALERT_SILENCE.CREATED_BY_USER_ID))
                .where(where);
    }

    private static Silence silence(Record row) {
        SilenceData data = new SilenceData(row.get(ALERT_SILENCE.MODEL_ID), row.get(ALERT_SILENCE.ALERT_RULE_ID),
                row.get(ALERT_SILENCE.TAG), row.get(ALERT_SILENCE.STARTS_AT), row.get(ALERT_SILENCE.ENDS_AT),
                row.get(ALERT_SILENCE.REASON));
        String matches = data.model() != null ? "model " + row.get(MODEL.NAME)
                : data.rule() != null ? "rule " + row.get(RULE_MODEL_NAME) + ": " + RuleColumns.ruleData(row).summary()
                : "tag " + data.tag();
        return new Silence(row.get(ALERT_SILENCE.ALERT_SILENCE_ID), row.get(ALERT_SILENCE.TEAM_ID), data, matches,
                row.get(APP_USER.USERNAME), row.get(ALERT_SILENCE.CREATED_AT), row.get(ALERT_SILENCE.ENDED_EARLY_AT));
    }
}
