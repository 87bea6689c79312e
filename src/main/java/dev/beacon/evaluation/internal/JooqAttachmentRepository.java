package dev.beacon.evaluation.internal;

import dev.beacon.evaluation.Attachment;
import dev.beacon.evaluation.AttachmentData;
import dev.beacon.evaluation.AttachmentId;
import dev.beacon.evaluation.RunSchedule;
import dev.beacon.evaluation.SuiteId;
import dev.beacon.jooq.tables.records.EvalAttachmentRecord;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.UserId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

import static dev.beacon.jooq.Tables.EVAL_ATTACHMENT;
import static dev.beacon.jooq.Tables.EVAL_SUITE;
import static dev.beacon.jooq.Tables.MODEL;

/** Suites attached to models: their schedules and run settings, and the due ones for the scheduler. */
@Repository
public class JooqAttachmentRepository {

    private final DSLContext db;

    JooqAttachmentRepository(DSLContext db) {
        this.db = db;
    }

    /** Adds the attachment; a second one of the same suite and model breaks the unique key (DuplicateKeyException). */
    public AttachmentId insert(SuiteId suite, AttachmentData data, Instant nextRunAt, UserId by, Instant now) {
        return db.insertInto(EVAL_ATTACHMENT)
                .set(EVAL_ATTACHMENT.EVAL_SUITE_ID, suite)
                .set(columns(data, nextRunAt))
                .set(EVAL_ATTACHMENT.CREATED_AT, now)
                .set(EVAL_ATTACHMENT.CREATED_BY_USER_ID, by)
                .set(EVAL_ATTACHMENT.VERSION, 0)
                .returning(EVAL_ATTACHMENT.EVAL_ATTACHMENT_ID)
                .fetchOne(EVAL_ATTACHMENT.EVAL_ATTACHMENT_ID);
    }

    /** Saves the settings if nobody changed them since {@code version}; false otherwise. */
    public boolean update(AttachmentId id, int version, AttachmentData data, Instant nextRunAt) {
        return db.update(EVAL_ATTACHMENT).set(columns(data, nextRunAt))
                .set(EVAL_ATTACHMENT.VERSION, version + 1)
                .where(EVAL_ATTACHMENT.EVAL_ATTACHMENT_ID.eq(id), EVAL_ATTACHMENT.VERSION.eq(version))
                .execute() == 1;
    }

    public void delete(AttachmentId id) {
        db.deleteFrom(EVAL_ATTACHMENT).where(EVAL_ATTACHMENT.EVAL_ATTACHMENT_ID.eq(id)).execute();
    }

    public Optional<Attachment> find(AttachmentId id) {
        return select(EVAL_ATTACHMENT.EVAL_ATTACHMENT_ID.eq(id)).stream().findFirst();
    }

    public Optional<Attachment> find(SuiteId suite, ModelId model) {
        return select(EVAL_ATTACHMENT.EVAL_SUITE_ID.eq(suite).and(EVAL_ATTACHMENT.MODEL_ID.eq(model))).stream().findFirst();
    }

    public List<Attachment> ofSuite(SuiteId suite) {
        return select(EVAL_ATTACHMENT.EVAL_SUITE_ID.eq(suite));
    }

    public List<Attachment> ofModel(ModelId model) {
        return select(EVAL_ATTACHMENT.MODEL_ID.eq(model));
    }

    /** Enabled attachments whose next scheduled run is due, the longest due first. */
    public List<AttachmentId> due(Instant now) {
        return db.select(EVAL_ATTACHMENT.EVAL_ATTACHMENT_ID).from(EVAL_ATTACHMENT)
                .where(EVAL_ATTACHMENT.ENABLED.isTrue(), EVAL_ATTACHMENT.NEXT_RUN_AT.le(now))
                .orderBy(EVAL_ATTACHMENT.NEXT_RUN_AT)
                .fetch(EVAL_ATTACHMENT.EVAL_ATTACHMENT_ID);
    }

    /**
     * Locks the attachment's row and answers its due time if it is (still) due; another instance claiming the same
     * occurrence waits here until this transaction ends, then finds it moved on.
     */
    public Optional<Instant> lockIfDue(AttachmentId id, Instant now) {
        return db.select(EVAL_ATTACHMENT.NEXT_RUN_AT).from(EVAL_ATTACHMENT)
                .where(EVAL_ATTACHMENT.EVAL_ATTACHMENT_ID.eq(id), EVAL_ATTACHMENT.ENABLED.isTrue(),
                        EVAL_ATTACHMENT.NEXT_RUN_AT.le(now))
                .forUpdate()
                .fetchOptional(EVAL_ATTACHMENT.NEXT_RUN_AT);
    }

    public void moveNextRun(AttachmentId id, Instant next) {
        db.update(EVAL_ATTACHMENT).set(EVAL_ATTACHMENT.NEXT_RUN_AT, next)
                .where(EVAL_ATTACHMENT.EVAL_ATTACHMENT_ID.eq(id)).execute();
    }

    private static Map<Field<?>, Object> columns(AttachmentData data, Instant nextRunAt) {
        RunSchedule schedule = data.schedule();
        Map<Field<?>, Object> columns = new HashMap<>();
        columns.put(EVAL_ATTACHMENT.MODEL_ID, data.model());
        columns.put(EVAL_ATTACHMENT.EVERY_MINUTES, schedule == null ? null : schedule.everyMinutes());
        columns.put(EVAL_ATTACHMENT.CRON, schedule == null ? null : schedule.cron());
        columns.put(EVAL_ATTACHMENT.TIME_ZONE, schedule == null || !schedule.isCron() ? null : schedule.zone().getId());
        columns.put(EVAL_ATTACHMENT.SAMPLE_SIZE, data.sampleSize());
        columns.put(EVAL_ATTACHMENT.TEMPERATURE, data.temperature());
        columns.put(EVAL_ATTACHMENT.MAX_TOKENS, data.maxTokens());
        columns.put(EVAL_ATTACHMENT.CONCURRENCY, data.concurrency());
        columns.put(EVAL_ATTACHMENT.TIMEOUT_SECONDS, data.timeoutSeconds());
        columns.put(EVAL_ATTACHMENT.ENABLED, data.enabled());
        columns.put(EVAL_ATTACHMENT.NEXT_RUN_AT, nextRunAt);
        return columns;
    }

    private List<Attachment> select(Condition where) {
        return db.select(EVAL_ATTACHMENT.fields()).select(EVAL_SUITE.NAME, MODEL.NAME)
                .from(EVAL_ATTACHMENT)
                .join(EVAL_SUITE).on(EVAL_SUITE.EVAL_SUITE_ID.eq(EVAL_ATTACHMENT.EVAL_SUITE_ID))
                .join(MODEL).on(MODEL.MODEL_ID.eq(EVAL_ATTACHMENT.MODEL_ID))
                .where(where)
                .orderBy(EVAL_SUITE.NAME, MODEL.NAME)
                .fetch(JooqAttachmentRepository::attachment);
    }

    private static Attachment attachment(Record row) {
        EvalAttachmentRecord attachment = row.into(EVAL_ATTACHMENT);
        RunSchedule schedule = attachment.getCron() != null
                ? RunSchedule.cron(attachment.getCron(), ZoneId.of(attachment.getTimeZone()))
                : attachment.getEveryMinutes() != null ? RunSchedule.everyMinutes(attachment.getEveryMinutes()) : null;
        AttachmentData data = new AttachmentData(attachment.getModelId(), schedule, attachment.getSampleSize(),
                attachment.getTemperature(), attachment.getMaxTokens(), attachment.getConcurrency(),
                attachment.getTimeoutSeconds(), attachment.getEnabled());
        return new Attachment(attachment.getEvalAttachmentId(), attachment.getEvalSuiteId(), row.get(EVAL_SUITE.NAME),
                attachment.getModelId(), row.get(MODEL.NAME), data, attachment.getNextRunAt(), attachment.getVersion());
    }
}
