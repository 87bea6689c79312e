package dev.beacon.maintenance.internal;

import dev.beacon.jooq.tables.records.MaintenanceScheduleRecord;
import dev.beacon.maintenance.ScheduleData;
import dev.beacon.maintenance.ScheduleId;
import dev.beacon.maintenance.ScheduleRecurrence;
import dev.beacon.maintenance.TicketId;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.UserId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.beacon.jooq.Tables.MAINTENANCE_OCCURRENCE;
import static dev.beacon.jooq.Tables.MAINTENANCE_SCHEDULE;

/** Writes schedules, claims their occurrences and follows their tickets; reads are {@link JooqScheduleQuery}'s. */
@Repository
public class JooqScheduleRepository {

    private final DSLContext db;

    JooqScheduleRepository(DSLContext db) {
        this.db = db;
    }

    public ScheduleId insert(TeamId team, ScheduleData data, Instant nextDueAt, UserId author, Instant now) {
        MaintenanceScheduleRecord row = columns(data).setTeamId(team).setNextDueAt(nextDueAt)
                .setCreatedAt(now).setCreatedByUserId(author).setUpdatedAt(now).setUpdatedByUserId(author);
        return db.insertInto(MAINTENANCE_SCHEDULE).set(row).returning(MAINTENANCE_SCHEDULE.SCHEDULE_ID)
                .fetchOne(MAINTENANCE_SCHEDULE.SCHEDULE_ID);
    }

    /** False when the version no longer matches. {@code nextDueAt} null: the schedule waits for its open ticket. */
    public boolean update(ScheduleId id, int version, ScheduleData data, Instant nextDueAt, UserId author, Instant now) {
        return db.update(MAINTENANCE_SCHEDULE)
                .set(columns(data).setUpdatedAt(now).setUpdatedByUserId(author))
                .set(MAINTENANCE_SCHEDULE.NEXT_DUE_AT, nextDueAt)
                .set(MAINTENANCE_SCHEDULE.VERSION, MAINTENANCE_SCHEDULE.VERSION.plus(1))
                .where(MAINTENANCE_SCHEDULE.SCHEDULE_ID.eq(id), MAINTENANCE_SCHEDULE.VERSION.eq(version))
                .execute() == 1;
    }

    /** Moves the next date of a schedule that waits for no ticket; false when the version no longer matches. */
    public boolean moveNextDue(ScheduleId id, int version, Instant nextDueAt, UserId author, Instant now) {
        return db.update(MAINTENANCE_SCHEDULE)
                .set(MAINTENANCE_SCHEDULE.NEXT_DUE_AT, nextDueAt)
                .set(MAINTENANCE_SCHEDULE.UPDATED_AT, now)
                .set(MAINTENANCE_SCHEDULE.UPDATED_BY_USER_ID, author)
                .set(MAINTENANCE_SCHEDULE.VERSION, MAINTENANCE_SCHEDULE.VERSION.plus(1))
                .where(MAINTENANCE_SCHEDULE.SCHEDULE_ID.eq(id), MAINTENANCE_SCHEDULE.VERSION.eq(version))
                .execute() == 1;
    }

    public boolean delete(ScheduleId id, int version) {
        return db.deleteFrom(MAINTENANCE_SCHEDULE)
                .where(MAINTENANCE_SCHEDULE.SCHEDULE_ID.eq(id), MAINTENANCE_SCHEDULE.VERSION.eq(version)).execute() == 1;
    }

    /** Enabled schedules whose next ticket is due at {@code now}. */
    public List<ScheduleId> due(Instant now) {
        return db.select(MAINTENANCE_SCHEDULE.SCHEDULE_ID).from(MAINTENANCE_SCHEDULE)
                .where(MAINTENANCE_SCHEDULE.ENABLED.isTrue(), MAINTENANCE_SCHEDULE.NEXT_DUE_AT.le(now))
                .orderBy(MAINTENANCE_SCHEDULE.NEXT_DUE_AT)
                .fetch(MAINTENANCE_SCHEDULE.SCHEDULE_ID);
    }

    /**
     * Locks the schedule's row until the transaction ends and answers when its next ticket is due, if it still is at
     * {@code now}: a second instance waits here and then finds it no longer due.
     */
    public Optional<Instant> lockIfDue(ScheduleId id, Instant now) {
        return db.select(MAINTENANCE_SCHEDULE.NEXT_DUE_AT).from(MAINTENANCE_SCHEDULE)
                .where(MAINTENANCE_SCHEDULE.SCHEDULE_ID.eq(id), MAINTENANCE_SCHEDULE.ENABLED.isTrue(),
                        MAINTENANCE_SCHEDULE.NEXT_DUE_AT.le(now))
                .forUpdate()
                .fetchOptional(MAINTENANCE_SCHEDULE.NEXT_DUE_AT);
    }

    /** Claims the occurrence for this instance; false when it was claimed before (it has been opened once already). */
    public boolean claim(ScheduleId id, Instant dueAt, String instance, Instant now) {
        return db.insertInto(MAINTENANCE_OCCURRENCE)
                .set(MAINTENANCE_OCCURRENCE.SCHEDULE_ID, id)
                .set(MAINTENANCE_OCCURRENCE.DUE_AT, dueAt)
                .set(MAINTENANCE_OCCURRENCE.OPENED_AT, now)
                .set(MAINTENANCE_OCCURRENCE.OPENED_BY, instance)
                .onConflictDoNothing()
                .execute() == 1;
    }

    /** The occurrence's ticket is open: the schedule waits for it. */
    public void opened(ScheduleId id, Instant dueAt, TicketId ticket) {
        db.update(MAINTENANCE_OCCURRENCE).set(MAINTENANCE_OCCURRENCE.TICKET_ID, ticket)
                .where(MAINTENANCE_OCCURRENCE.SCHEDULE_ID.eq(id), MAINTENANCE_OCCURRENCE.DUE_AT.eq(dueAt)).execute();
        db.update(MAINTENANCE_SCHEDULE)
                .set(MAINTENANCE_SCHEDULE.CURRENT_TICKET_ID, ticket.value())
                .setNull(MAINTENANCE_SCHEDULE.NEXT_DUE_AT)
                .where(MAINTENANCE_SCHEDULE.SCHEDULE_ID.eq(id)).execute();
    }

    /** An occurrence that was opened before is not opened again: the schedule moves on to {@code next}. */
    public void passOver(ScheduleId id, Instant next) {
        db.update(MAINTENANCE_SCHEDULE).set(MAINTENANCE_SCHEDULE.NEXT_DUE_AT, next)
                .where(MAINTENANCE_SCHEDULE.SCHEDULE_ID.eq(id)).execute();
    }

    /** The schedule whose latest ticket this is, with its recurrence. */
    public Optional<ScheduleRecurrence> recurrenceOfCurrent(ScheduleId id, TicketId ticket) {
        return db.selectFrom(MAINTENANCE_SCHEDULE)
                .where(MAINTENANCE_SCHEDULE.SCHEDULE_ID.eq(id), MAINTENANCE_SCHEDULE.CURRENT_TICKET_ID.eq(ticket.value()))
                .forUpdate()
                .fetchOptional(JooqScheduleQuery::recurrence);
    }

    /** The schedule's ticket was closed at {@code at}: the next is due at {@code next}; {@code done} records a completion. */
    public void closed(ScheduleId id, Instant at, boolean done, Instant next) {
        var update = db.update(MAINTENANCE_SCHEDULE).set(MAINTENANCE_SCHEDULE.NEXT_DUE_AT, next);
        (done ? update.set(MAINTENANCE_SCHEDULE.LAST_COMPLETED_AT, at) : update)
                .where(MAINTENANCE_SCHEDULE.SCHEDULE_ID.eq(id)).execute();
    }

    /** The schedule's ticket was reopened: it waits for it again. */
    public void reopened(ScheduleId id) {
        db.update(MAINTENANCE_SCHEDULE).setNull(MAINTENANCE_SCHEDULE.NEXT_DUE_AT)
                .where(MAINTENANCE_SCHEDULE.SCHEDULE_ID.eq(id)).execute();
    }

    private static MaintenanceScheduleRecord columns(ScheduleData data) {
        ScheduleRecurrence recurrence = data.recurrence();
        return new MaintenanceScheduleRecord()
                .setModelId(data.modelId())
                .setEveryCount(recurrence.every())
                .setEveryUnit(recurrence.unit())
                .setCron(recurrence.cron())
                .setTimeZone(recurrence.zone().getId())
                .setTicketType(data.type())
                .setTitle(data.title())
                .setDescription(data.description())
                .setTicketPriority(data.priority())
                .setAssigneeUserId(data.assigneeId())
                .setDueAfterDays(data.dueAfterDays())
                .setEnabled(data.enabled());
    }
}
