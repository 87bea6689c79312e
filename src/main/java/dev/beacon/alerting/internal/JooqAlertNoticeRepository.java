package dev.beacon.alerting.internal;

import dev.beacon.alerting.AlertState;
import dev.beacon.alerting.RuleData;
import dev.beacon.alerting.RuleId;
import dev.beacon.alerting.Severity;
import dev.beacon.notification.NoticeId;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.UserId;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.beacon.jooq.Tables.ALERT_ACK;
import static dev.beacon.jooq.Tables.ALERT_NOTICE;
import static dev.beacon.jooq.Tables.ALERT_RULE;
import static dev.beacon.jooq.Tables.APP_USER;
import static dev.beacon.jooq.Tables.MODEL;

/** What alerting notified (or held back) per rule, and the acknowledgements of active alerts. */
@Repository
public class JooqAlertNoticeRepository {

    /** One notice alerting sent or muted, with its rule. */
    public record StoredAlertNotice(RuleId rule, RuleData ruleData, boolean reminder, AlertState toState, Severity severity,
                                    Instant at, NoticeId notice, String mutedBy) {
    }

    /** An acknowledgement as stored, with the names of who acknowledged and who was assigned. */
    public record StoredAck(RuleId rule, Severity severity, String comment, Instant at, String acknowledgedBy, UserId assignee,
                            String assigneeName) {
    }

    private final DSLContext db;

    JooqAlertNoticeRepository(DSLContext db) {
        this.db = db;
    }

    public void record(RuleId rule, ModelId model, boolean reminder, AlertState toState, Severity severity, Instant at,
                       NoticeId notice, String mutedBy) {
        db.insertInto(ALERT_NOTICE)
                .set(ALERT_NOTICE.ALERT_RULE_ID, rule)
                .set(ALERT_NOTICE.MODEL_ID, model)
                .set(ALERT_NOTICE.KIND, reminder ? "REMINDER" : "TRANSITION")
                .set(ALERT_NOTICE.TO_STATE, toState)
                .set(ALERT_NOTICE.SEVERITY, severity)
                .set(ALERT_NOTICE.AT, at)
                .set(ALERT_NOTICE.NOTICE_ID, notice)
                .set(ALERT_NOTICE.MUTED_BY, mutedBy)
                .execute();
    }

    /** The model's tags, which channels may route by. */
    public Set<String> modelTags(ModelId model) {
        String[] tags = db.select(MODEL.TAGS).from(MODEL).where(MODEL.MODEL_ID.eq(model)).fetchOne(MODEL.TAGS);
        return tags == null ? Set.of() : Set.copyOf(List.of(tags));
    }

    /** When each of these rules last sent a notice (muted ones do not count); rules that never did are absent. */
    public Map<RuleId, Instant> lastSent(Collection<RuleId> rules) {
        return db.select(ALERT_NOTICE.ALERT_RULE_ID, DSL.max(ALERT_NOTICE.AT)).from(ALERT_NOTICE)
                .where(ALERT_NOTICE.ALERT_RULE_ID.in(rules), ALERT_NOTICE.NOTICE_ID.isNotNull())
                .groupBy(ALERT_NOTICE.ALERT_RULE_ID)
                .fetchMap(ALERT_NOTICE.ALERT_RULE_ID, DSL.max(ALERT_NOTICE.AT));
    }

    /** The model's latest notices, newest first. */
    public List<StoredAlertNotice> noticesOf(ModelId model, int limit) {
        return db.select(ALERT_NOTICE.fields()).select(ALERT_RULE.fields())
                .from(ALERT_NOTICE).join(ALERT_RULE).on(ALERT_RULE.ALERT_RULE_ID.eq(ALERT_NOTICE.ALERT_RULE_ID))
                .where(ALERT_NOTICE.MODEL_ID.eq(model))
                .orderBy(ALERT_NOTICE.AT.desc(), ALERT_NOTICE.ALERT_NOTICE_ID.desc())
                .limit(limit)
                .fetch(row -> new StoredAlertNotice(row.get(ALERT_NOTICE.ALERT_RULE_ID), RuleColumns.ruleData(row),
                        "REMINDER".equals(row.get(ALERT_NOTICE.KIND)), row.get(ALERT_NOTICE.TO_STATE),
                        row.get(ALERT_NOTICE.SEVERITY), row.get(ALERT_NOTICE.AT), row.get(ALERT_NOTICE.NOTICE_ID),
                        row.get(ALERT_NOTICE.MUTED_BY)));
    }

    public void acknowledge(RuleId rule, Severity severity, String comment, Instant at, UserId by, UserId assignee) {
        db.insertInto(ALERT_ACK)
                .set(ALERT_ACK.ALERT_RULE_ID, rule).set(ALERT_ACK.SEVERITY, severity).set(ALERT_ACK.COMMENT, comment)
                .set(ALERT_ACK.ACKNOWLEDGED_AT, at).set(ALERT_ACK.ACKNOWLEDGED_BY_USER_ID, by).set(ALERT_ACK.ASSIGNEE_USER_ID, assignee)
                .onConflict(ALERT_ACK.ALERT_RULE_ID).doUpdate()
                .set(ALERT_ACK.SEVERITY, severity).set(ALERT_ACK.COMMENT, comment).set(ALERT_ACK.ACKNOWLEDGED_AT, at)
                .set(ALERT_ACK.ACKNOWLEDGED_BY_USER_ID, by).set(ALERT_ACK.ASSIGNEE_USER_ID, assignee)
                .execute();
    }

    public void clearAck(RuleId rule) {
        db.deleteFrom(ALERT_ACK).where(ALERT_ACK.ALERT_RULE_ID.eq(rule)).execute();
    }

    /** Which of these rules are acknowledged. */
    public Set<RuleId> acknowledged(Collection<RuleId> rules) {
        return db.select(ALERT_ACK.ALERT_RULE_ID).from(ALERT_ACK).where(ALERT_ACK.ALERT_RULE_ID.in(rules))
                .fetchSet(ALERT_ACK.ALERT_RULE_ID);
    }

    public Optional<StoredAck> ackOf(RuleId rule) {
        var by = APP_USER.as("by_user");
        var assignee = APP_USER.as("assignee_user");
        return db.select(ALERT_ACK.fields()).select(by.USERNAME, assignee.USERNAME)
                .from(ALERT_ACK)
                .leftJoin(by).on(by.USER_ID.eq(ALERT_ACK.ACKNOWLEDGED_BY_USER_ID))
                .leftJoin(assignee).on(assignee.USER_ID.eq(ALERT_ACK.ASSIGNEE_USER_ID))
                .where(ALERT_ACK.ALERT_RULE_ID.eq(rule))
                .fetchOptional(row -> new StoredAck(rule, row.get(ALERT_ACK.SEVERITY), row.get(ALERT_ACK.COMMENT),
                        row.get(ALERT_ACK.ACKNOWLEDGED_AT), row.get(by.USERNAME), row.get(ALERT_ACK.ASSIGNEE_USER_ID),
                        row.get(assignee.USERNAME)));
    }
}
