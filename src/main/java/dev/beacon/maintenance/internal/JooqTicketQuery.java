package dev.beacon.maintenance.internal;

import dev.beacon.alerting.RuleId;
import dev.beacon.maintenance.ScheduleId;
import dev.beacon.maintenance.Ticket;
import dev.beacon.maintenance.TicketChange;
import dev.beacon.maintenance.TicketComment;
import dev.beacon.maintenance.TicketData;
import dev.beacon.maintenance.TicketFilter;
import dev.beacon.maintenance.TicketId;
import dev.beacon.maintenance.TicketPriority;
import dev.beacon.maintenance.TicketStatus;
import dev.beacon.maintenance.TicketType;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.UserId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record17;
import org.jooq.Records;
import org.jooq.SelectOnConditionStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.beacon.jooq.Tables.APP_USER;
import static dev.beacon.jooq.Tables.MODEL;
import static dev.beacon.jooq.Tables.TEAM;
import static dev.beacon.jooq.Tables.TEAM_MEMBERSHIP;
import static dev.beacon.jooq.Tables.TICKET;
import static dev.beacon.jooq.Tables.TICKET_CHANGE;
import static dev.beacon.jooq.Tables.TICKET_COMMENT;

/** Reads tickets for lists, pages, the API, exports and calendars. Joins names only for display. */
@Repository
public class JooqTicketQuery {

    /** Who did what when nobody did: a schedule or an alert rule. */
    public static final String BEACON = "Beacon";

    private static final dev.beacon.jooq.tables.AppUser REPORTER = APP_USER.as("reporter");
    private static final dev.beacon.jooq.tables.AppUser ASSIGNEE = APP_USER.as("assignee");

    private final DSLContext db;

    JooqTicketQuery(DSLContext db) {
        this.db = db;
    }

    public Optional<Ticket> find(TicketId id) {
        return select().where(TICKET.TICKET_ID.eq(id)).fetchOptional(Records.mapping(Ticket::new));
    }

    /** Open before closed, then the most urgent, then the soonest due, then the newest. */
    public List<Ticket> find(TicketFilter filter, Collection<TeamId> teams, LocalDate today, int offset, int limit) {
        return select()
                .where(matching(filter, teams, today))
                .orderBy(openFirst(), urgentFirst(), TICKET.DUE_DATE.asc().nullsLast(), TICKET.NUMBER.desc())
                .offset(offset)
                .limit(limit)
                .fetch(Records.mapping(Ticket::new));
    }

    public int count(TicketFilter filter, Collection<TeamId> teams, LocalDate today) {
        return db.fetchCount(TICKET, matching(filter, teams, today));
    }

    public List<TicketComment> comments(TicketId id) {
        return db.select(TICKET_COMMENT.TICKET_COMMENT_ID, TICKET_COMMENT.AUTHOR_USER_ID,
                        DSL.coalesce(APP_USER.DISPLAY_NAME, BEACON), TICKET_COMMENT.BODY, TICKET_COMMENT.CREATED_AT)
                .from(TICKET_COMMENT)
                .leftJoin(APP_USER).on(APP_USER.USER_ID.eq(TICKET_COMMENT.AUTHOR_USER_ID))
                .where(TICKET_COMMENT.TICKET_ID.eq(id))
                .orderBy(TICKET_COMMENT.CREATED_AT, TICKET_COMMENT.TICKET_COMMENT_ID)
                .fetch(Records.mapping(TicketComment::new));
    }

    public List<TicketChange> changes(TicketId id) {
        return db.select(TICKET_CHANGE.ACTOR_USER_ID, DSL.coalesce(APP_USER.DISPLAY_NAME, BEACON), TICKET_CHANGE.AT,
                        TICKET_CHANGE.FIELD, TICKET_CHANGE.OLD_VALUE, TICKET_CHANGE.NEW_VALUE)
                .from(TICKET_CHANGE)
                .leftJoin(APP_USER).on(APP_USER.USER_ID.eq(TICKET_CHANGE.ACTOR_USER_ID))
                .where(TICKET_CHANGE.TICKET_ID.eq(id))
                .orderBy(TICKET_CHANGE.AT, TICKET_CHANGE.TICKET_CHANGE_ID)
                .fetch(Records.mapping(TicketChange::new));
    }

    /** Open tickets per model of these teams; models without open tickets are left out. */
    public Map<ModelId, Integer> openCountsByModel(Collection<TeamId> teams) {
        return db.select(TICKET.MODEL_ID, DSL.count())
                .from(TICKET)
                .where(TICKET.TEAM_ID.in(teams), TICKET.MODEL_ID.isNotNull(), TICKET.STATUS.in(TicketStatus.open()))
                .groupBy(TICKET.MODEL_ID)
                .fetchMap(TICKET.MODEL_ID, DSL.count());
    }

    /** The open ticket an alert rule opened, if it has one (at most one is kept open per rule). */
    public Optional<TicketId> openTicketOf(RuleId rule) {
        return db.select(TICKET.TICKET_ID).from(TICKET)
                .where(TICKET.ALERT_RULE_ID.eq(rule), TICKET.STATUS.in(TicketStatus.open()))
                .orderBy(TICKET.NUMBER.desc())
                .limit(1)
                .fetchOptional(TICKET.TICKET_ID);
    }

    /**
     * The user's open tickets that have a due date, soonest first, in teams they still belong to (for their calendar
     * feed, which is read without a login).
     */
    public List<Ticket> openAndDueAssignedTo(UserId user) {
        return select()
                .where(TICKET.ASSIGNEE_USER_ID.eq(user), TICKET.STATUS.in(TicketStatus.open()), TICKET.DUE_DATE.isNotNull())
                .andExists(DSL.selectOne().from(TEAM_MEMBERSHIP)
                        .where(TEAM_MEMBERSHIP.TEAM_ID.eq(TICKET.TEAM_ID), TEAM_MEMBERSHIP.USER_ID.eq(user)))
                .orderBy(TICKET.DUE_DATE, TICKET.NUMBER)
                .fetch(Records.mapping(Ticket::new));
    }

    /** Display names of these users, for readable history entries. */
    public Map<UserId, String> displayNames(Collection<UserId> users) {
        return db.select(APP_USER.USER_ID, APP_USER.DISPLAY_NAME).from(APP_USER).where(APP_USER.USER_ID.in(users))
                .fetchMap(APP_USER.USER_ID, APP_USER.DISPLAY_NAME);
    }

    private SelectOnConditionStep<Record17<TicketId, Long, Integer, TeamId, String, String, TicketData, TicketStatus,
            UserId, String, String, Instant, Instant, Instant, RuleId, ScheduleId, String>> select() {
        return db.select(TICKET.TICKET_ID, TICKET.NUMBER, TICKET.VERSION, TICKET.TEAM_ID, TEAM.NAME, MODEL.NAME,
                        DSL.row(TICKET.TYPE, TICKET.TITLE, TICKET.DESCRIPTION, TICKET.PRIORITY, TICKET.ASSIGNEE_USER_ID,
                                TICKET.DUE_DATE, TICKET.LABELS, TICKET.MODEL_ID).mapping(JooqTicketQuery::toData),
                        TICKET.STATUS, TICKET.REPORTER_USER_ID, DSL.coalesce(REPORTER.DISPLAY_NAME, BEACON),
                        ASSIGNEE.DISPLAY_NAME, TICKET.CREATED_AT, TICKET.UPDATED_AT, TICKET.CLOSED_AT,
                        TICKET.ALERT_RULE_ID, TICKET.SCHEDULE_ID, TICKET.COMPLETED_VERSION_LABEL)
                .from(TICKET)
                .join(TEAM).on(TEAM.TEAM_ID.eq(TICKET.TEAM_ID))
                .leftJoin(MODEL).on(MODEL.MODEL_ID.eq(TICKET.MODEL_ID))
                .leftJoin(REPORTER).on(REPORTER.USER_ID.eq(TICKET.REPORTER_USER_ID))
                .leftJoin(ASSIGNEE).on(ASSIGNEE.USER_ID.eq(TICKET.ASSIGNEE_USER_ID));
    }

    private static Condition matching(TicketFilter filter, Collection<TeamId> teams, LocalDate today) {
        Condition condition = TICKET.TEAM_ID.in(teams);
        if (!filter.teams().isEmpty()) {
            condition = condition.and(TICKET.TEAM_ID.in(filter.teams()));
        }
        if (filter.model() != null) {
            condition = condition.and(TICKET.MODEL_ID.eq(filter.model()));
        }
        if (filter.type() != null) {
            condition = condition.and(TICKET.TYPE.eq(filter.type()));
        }
        if (!filter.statuses().isEmpty()) {
            condition = condition.and(TICKET.STATUS.in(filter.statuses()));
        }
        if (filter.assignee() != null) {
            condition = condition.and(TICKET.ASSIGNEE_USER_ID.eq(filter.assignee()));
        }
        if (filter.overdue()) {
            condition = condition.and(TICKET.STATUS.in(TicketStatus.open())).and(TICKET.DUE_DATE.lt(today));
        }
        if (filter.dueThisWeek()) {
            LocalDate monday = today.with(DayOfWeek.MONDAY);
            condition = condition.and(TICKET.STATUS.in(TicketStatus.open()))
                    .and(TICKET.DUE_DATE.between(monday, monday.plusDays(6)));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            condition = condition.and(containing(filter.text().strip()));
        }
        return condition;
    }

    private static Condition containing(String term) {
        Condition condition = TICKET.TITLE.containsIgnoreCase(term)
                .or(TICKET.DESCRIPTION.containsIgnoreCase(term))
                .or(TICKET.LABELS.contains(new String[]{term.toLowerCase()}));
        if (term.matches("#?\\d{1,18}")) {
            condition = condition.or(TICKET.NUMBER.eq(Long.parseLong(term.replace("#", ""))));
        }
        return condition;
    }

    private static SortField<Integer> openFirst() {
        return DSL.when(TICKET.STATUS.in(TicketStatus.open()), 0).otherwise(1).asc();
    }

    private static SortField<Integer> urgentFirst() {
        Field<Integer> rank = DSL.choose(TICKET.PRIORITY)
                .when(TicketPriority.URGENT, 0)
                .when(TicketPriority.HIGH, 1)
                .when(TicketPriority.NORMAL, 2)
                .otherwise(3);
        return rank.asc();
    }

    private static TicketData toData(TicketType type, String title, String description, TicketPriority priority,
                                     UserId assignee, LocalDate dueDate, String[] labels, ModelId model) {
        return new TicketData(type, title, description, priority, assignee, dueDate, List.of(labels), model);
    }
}
