package dev.beacon.maintenance.internal;

import dev.beacon.alerting.RuleId;
import dev.beacon.jooq.tables.records.TicketRecord;
import dev.beacon.maintenance.ScheduleId;
import dev.beacon.maintenance.TicketData;
import dev.beacon.maintenance.TicketId;
import dev.beacon.maintenance.TicketStatus;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.UserId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static dev.beacon.jooq.Tables.TICKET;
import static dev.beacon.jooq.Tables.TICKET_CHANGE;
import static dev.beacon.jooq.Tables.TICKET_COMMENT;

/** Writes tickets, their comments and their history. Every change of a ticket row checks its version. */
@Repository
public class JooqTicketRepository {

    private final DSLContext db;

    JooqTicketRepository(DSLContext db) {
        this.db = db;
    }

    public TicketId insert(TeamId team, TicketData data, UserId reporter, RuleId alertRule, ScheduleId schedule,
                           Instant now) {
        TicketRecord row = columns(data)
                .setTeamId(team)
                .setStatus(TicketStatus.OPEN)
                .setReporterUserId(reporter)
                .setAlertRuleId(alertRule)
                .setScheduleId(schedule)
                .setCreatedAt(now)
                .setUpdatedAt(now);
        return db.insertInto(TICKET).set(row).returning(TICKET.TICKET_ID).fetchOne(TICKET.TICKET_ID);
    }

    /** Returns false when the version no longer matches (someone else saved first). */
    public boolean update(TicketId id, int version, TicketData data, Instant now) {
        return db.update(TICKET)
                .set(columns(data).setUpdatedAt(now))
                .set(TICKET.VERSION, TICKET.VERSION.plus(1))
                .where(TICKET.TICKET_ID.eq(id), TICKET.VERSION.eq(version))
                .execute() == 1;
    }

    /**
     * Returns false when the version no longer matches.
     *
     * @param completedVersionLabel written only when not null, so reopening keeps the label of the last completion
     */
    public boolean move(TicketId id, int version, TicketStatus to, String completedVersionLabel, Instant now) {
        var update = db.update(TICKET)
                .set(TICKET.STATUS, to)
                .set(TICKET.CLOSED_AT, to.isOpen() ? null : now)
                .set(TICKET.UPDATED_AT, now)
                .set(TICKET.VERSION, TICKET.VERSION.plus(1));
        if (completedVersionLabel != null) {
            update = update.set(TICKET.COMPLETED_VERSION_LABEL, completedVersionLabel);
        }
        return update.where(TICKET.TICKET_ID.eq(id), TICKET.VERSION.eq(version)).execute() == 1;
    }

    /** Returns false when the version no longer matches. */
    public boolean assign(TicketId id, int version, UserId assignee, Instant now) {
        return db.update(TICKET)
                .set(TICKET.ASSIGNEE_USER_ID, assignee)
                .set(TICKET.UPDATED_AT, now)
                .set(TICKET.VERSION, TICKET.VERSION.plus(1))
                .where(TICKET.TICKET_ID.eq(id), TICKET.VERSION.eq(version))
                .execute() == 1;
    }

    /** Returns false when the version no longer matches. Comments and history go with it. */
    public boolean delete(TicketId id, int version) {
        return db.deleteFrom(TICKET).where(TICKET.TICKET_ID.eq(id), TICKET.VERSION.eq(version)).execute() == 1;
    }

    public Optional<TeamId> teamOf(TicketId id) {
        return db.select(TICKET.TEAM_ID).from(TICKET).where(TICKET.TICKET_ID.eq(id)).fetchOptional(TICKET.TEAM_ID);
    }

    /** A comment is activity, not an edit: it moves the update time but not the version, so open forms stay valid. */
    public UUID comment(TicketId id, UserId author, String body, Instant now) {
        UUID comment = db.insertInto(TICKET_COMMENT)
                .set(TICKET_COMMENT.TICKET_ID, id)
                .set(TICKET_COMMENT.AUTHOR_USER_ID, author)
                .set(TICKET_COMMENT.BODY, body)
                .set(TICKET_COMMENT.CREATED_AT, now)
                .returning(TICKET_COMMENT.TICKET_COMMENT_ID)
                .fetchOne(TICKET_COMMENT.TICKET_COMMENT_ID);
        db.update(TICKET).set(TICKET.UPDATED_AT, now).where(TICKET.TICKET_ID.eq(id)).execute();
        return comment;
    }

    public void recordChange(TicketId id, UserId actor, Instant at, String field, String oldValue, String newValue) {
        db.insertInto(TICKET_CHANGE)
                .set(TICKET_CHANGE.TICKET_ID, id)
                .set(TICKET_CHANGE.ACTOR_USER_ID, actor)
                .set(TICKET_CHANGE.AT, at)
                .set(TICKET_CHANGE.FIELD, field)
                .set(TICKET_CHANGE.OLD_VALUE, oldValue)
                .set(TICKET_CHANGE.NEW_VALUE, newValue)
                .execute();
    }

    /** The columns that hold {@link TicketData}; only these are marked changed, so only these are written. */
    private static TicketRecord columns(TicketData data) {
        return new TicketRecord()
                .setType(data.type())
                .setTitle(data.title())
                .setDescription(data.description())
                .setPriority(data.priority())
                .setAssigneeUserId(data.assigneeId())
                .setDueDate(data.dueDate())
                .setLabels(data.labels().toArray(String[]::new))
                .setModelId(data.modelId());
    }
}
