package dev.beacon.maintenance.internal;

import dev.beacon.jooq.tables.AppUser;
import dev.beacon.jooq.tables.records.MaintenanceScheduleRecord;
import dev.beacon.maintenance.Schedule;
import dev.beacon.maintenance.ScheduleData;
import dev.beacon.maintenance.ScheduleId;
import dev.beacon.maintenance.ScheduleRecurrence;
import dev.beacon.maintenance.TicketId;
import dev.beacon.maintenance.TicketStatus;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static dev.beacon.jooq.Tables.APP_USER;
import static dev.beacon.jooq.Tables.MAINTENANCE_SCHEDULE;
import static dev.beacon.jooq.Tables.MODEL;
import static dev.beacon.jooq.Tables.TICKET;

/** Schedules as lists and forms show them: with the model's and the assignee's names and the open ticket. */
@Repository
public class JooqScheduleQuery {

    private static final AppUser ASSIGNEE = APP_USER.as("assignee");

    private final DSLContext db;

    JooqScheduleQuery(DSLContext db) {
        this.db = db;
    }

    public Optional<Schedule> find(ScheduleId id) {
        return select(MAINTENANCE_SCHEDULE.SCHEDULE_ID.eq(id)).stream().findFirst();
    }

    public List<Schedule> ofTeam(TeamId team) {
        return select(MAINTENANCE_SCHEDULE.TEAM_ID.eq(team));
    }

    public List<Schedule> ofModel(ModelId model) {
        return select(MAINTENANCE_SCHEDULE.MODEL_ID.eq(model));
    }

    public Optional<TeamId> teamOf(ScheduleId id) {
        return db.select(MAINTENANCE_SCHEDULE.TEAM_ID).from(MAINTENANCE_SCHEDULE)
                .where(MAINTENANCE_SCHEDULE.SCHEDULE_ID.eq(id)).fetchOptional(MAINTENANCE_SCHEDULE.TEAM_ID);
    }

    private List<Schedule> select(Condition where) {
        return db.select(MAINTENANCE_SCHEDULE.fields())
                .select(MODEL.NAME, ASSIGNEE.DISPLAY_NAME, TICKET.TICKET_ID, TICKET.NUMBER)
                .from(MAINTENANCE_SCHEDULE)
                .leftJoin(MODEL).on(MODEL.MODEL_ID.eq(MAINTENANCE_SCHEDULE.MODEL_ID))
                .leftJoin(ASSIGNEE).on(ASSIGNEE.USER_ID.eq(MAINTENANCE_SCHEDULE.ASSIGNEE_USER_ID))
                .leftJoin(TICKET).on(TICKET.TICKET_ID.eq(MAINTENANCE_SCHEDULE.CURRENT_TICKET_ID.convertFrom(TicketId::new)),
                        TICKET.STATUS.in(TicketStatus.open()))
                .where(where)
                .orderBy(MAINTENANCE_SCHEDULE.NEXT_DUE_AT.asc().nullsFirst(), MAINTENANCE_SCHEDULE.TITLE)
                .fetch(JooqScheduleQuery::schedule);
    }

    private static Schedule schedule(Record row) {
        MaintenanceScheduleRecord schedule = row.into(MAINTENANCE_SCHEDULE);
        ScheduleRecurrence recurrence = recurrence(schedule);
        Instant next = schedule.getNextDueAt();
        // while a ticket is open the schedule waits for it and the start day means nothing
        LocalDate startDay = (next == null ? schedule.getUpdatedAt() : next).atZone(recurrence.zone()).toLocalDate();
        ScheduleData data = new ScheduleData(schedule.getModelId(), recurrence, startDay, schedule.getTicketType(),
                schedule.getTitle(), schedule.getDescription(), schedule.getTicketPriority(), schedule.getAssigneeUserId(),
                schedule.getDueAfterDays(), schedule.getEnabled());
        Long number = row.get(TICKET.NUMBER);
        return new Schedule(schedule.getScheduleId(), schedule.getVersion(), schedule.getTeamId(), row.get(MODEL.NAME), data,
                row.get(ASSIGNEE.DISPLAY_NAME), next, schedule.getLastCompletedAt(), number == null ? null : "#" + number,
                row.get(TICKET.TICKET_ID));
    }

    static ScheduleRecurrence recurrence(MaintenanceScheduleRecord row) {
        return new ScheduleRecurrence(row.getEveryCount(), row.getEveryUnit(), row.getCron(), ZoneId.of(row.getTimeZone()));
    }
}
