package dev.beacon.maintenance;

import dev.beacon.maintenance.internal.JooqScheduleQuery;
import dev.beacon.maintenance.internal.JooqScheduleRepository;
import dev.beacon.registry.ModelDirectory;
import dev.beacon.security.AuditLog;
import dev.beacon.security.AuditSubject;
import dev.beacon.security.CurrentUser;
import dev.beacon.security.TeamAccess;
import dev.beacon.security.TeamRole;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.StaleDataException;
import dev.beacon.shared.TeamId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recurring maintenance schedules of a team or one of its models: VIEWERs read them, EDITORs and OWNERs add, change,
 * skip and delete them. Other teams' schedules answer "not found", exactly like schedules that do not exist. The
 * tickets themselves are opened by {@link ScheduleRunner}; see {@link ScheduleRecurrence} for the next date's rule.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ScheduleService {

    static final String SCHEDULE = "Schedule";

    private final JooqScheduleRepository repository;
    private final JooqScheduleQuery query;
    private final TicketChecks checks;
    private final TicketService tickets;
    private final ModelDirectory models;
    private final TeamAccess access;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    ScheduleService(JooqScheduleRepository repository, JooqScheduleQuery query, TicketChecks checks, TicketService tickets,
                    ModelDirectory models, TeamAccess access, CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.tickets = tickets;
        this.repository = repository;
        this.query = query;
        this.checks = checks;
        this.models = models;
        this.access = access;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Schedule> schedulesOf(TeamId team) {
        access.require(team, TeamRole.VIEWER, "Team");
        return query.ofTeam(team);
    }

    @Transactional(readOnly = true)
    public List<Schedule> schedulesOfModel(ModelId model) {
        TeamId team = models.find(model).orElseThrow(() -> new NotFoundException("Model")).team();
        access.require(team, TeamRole.VIEWER, "Model");
        return query.ofModel(model);
    }

    /** The model's team, for pages that show the model's schedules; other teams' models answer "not found". */
    @Transactional(readOnly = true)
    public TeamId teamOfModel(ModelId model) {
        TeamId team = models.find(model).orElseThrow(() -> new NotFoundException("Model")).team();
        access.require(team, TeamRole.VIEWER, "Model");
        return team;
    }

    @Transactional(readOnly = true)
    public Schedule get(ScheduleId id) {
        require(id, TeamRole.VIEWER);
        return query.find(id).orElseThrow(() -> new NotFoundException(SCHEDULE));
    }

    /** The current user's role in the team, to decide which actions a page offers. */
    @Transactional(readOnly = true)
    public TeamRole myRole(TeamId team) {
        return access.require(team, TeamRole.VIEWER, "Team");
    }

    /** What a schedule form of the team offers: its models and who its tickets may be assigned to. */
    @Transactional(readOnly = true)
    public ScheduleChoices choices(TeamId team) {
        return new ScheduleChoices(tickets.modelChoices(team), tickets.assignableMembers(team));
    }

    /** Now, by Beacon's clock: where a new schedule starts by default. */
    public Instant now() {
        return clock.instant();
    }

    @Transactional
    public Schedule create(TeamId team, ScheduleData data) {
        access.require(team, TeamRole.EDITOR, "Team");
        check(team, data);
        Instant now = clock.instant();
        ScheduleId id = repository.insert(team, data, data.recurrence().first(data.startDay(), now), currentUser.id(), now);
        Schedule schedule = query.find(id).orElseThrow();
        auditLog.created(subject(schedule), snapshot(schedule));
        return schedule;
    }

    /** Saves the schedule if nobody changed it since {@code version}; while its ticket is open it keeps waiting for it. */
    @Transactional
    public Schedule update(ScheduleId id, int version, ScheduleData data) {
        TeamId team = require(id, TeamRole.EDITOR);
        Schedule before = query.find(id).orElseThrow(() -> new NotFoundException(SCHEDULE));
        check(team, data);
        Instant now = clock.instant();
        Instant next = before.openTicketId() != null ? null : data.recurrence().first(data.startDay(), now);
        if (!repository.update(id, version, data, next, currentUser.id(), now)) {
            throw new StaleDataException("This schedule");
        }
        Schedule after = query.find(id).orElseThrow();
        auditLog.updated(subject(after), snapshot(before), snapshot(after));
        return after;
    }

    /** Skips the next occurrence: no ticket opens for it, the next date moves one step on. */
    @Transactional
    public Schedule skip(ScheduleId id, int version) {
        require(id, TeamRole.EDITOR);
        Schedule before = query.find(id).orElseThrow(() -> new NotFoundException(SCHEDULE));
        if (before.nextDueAt() == null) {
            throw new InvalidInputException("schedule", "Ticket " + before.openTicket() + " is open: mark it Won't do to skip it");
        }
        Instant next = before.data().recurrence().skip(before.nextDueAt());
        if (!repository.moveNextDue(id, version, next, currentUser.id(), clock.instant())) {
            throw new StaleDataException("This schedule");
        }
        Schedule after = query.find(id).orElseThrow();
        auditLog.recorded(subject(after), "SKIPPED", "Skipped the occurrence of " + before.nextDueAt() + "; next " + next);
        return after;
    }

    @Transactional
    public void delete(ScheduleId id, int version) {
        require(id, TeamRole.EDITOR);
        Schedule schedule = query.find(id).orElseThrow(() -> new NotFoundException(SCHEDULE));
        if (!repository.delete(id, version)) {
            throw new StaleDataException("This schedule");
        }
        auditLog.deleted(subject(schedule), snapshot(schedule));
    }

    private void check(TeamId team, ScheduleData data) {
        data.check();
        checks.requireModelOfTeam(team, data.ticketOn(data.startDay()));
        checks.requireAssignable(team, data.assigneeId());
    }

    private TeamId require(ScheduleId id, TeamRole minimum) {
        TeamId team = query.teamOf(id).orElseThrow(() -> new NotFoundException(SCHEDULE));
        access.require(team, minimum, SCHEDULE);
        return team;
    }

    private static AuditSubject subject(Schedule schedule) {
        return new AuditSubject(schedule.team(), SCHEDULE, schedule.id().toString(), schedule.describe());
    }

    private static Map<String, Object> snapshot(Schedule schedule) {
        ScheduleData data = schedule.data();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("model", schedule.modelName() == null ? "" : schedule.modelName());
        state.put("recurrence", data.recurrence().describe());
        state.put("type", data.type().name());
        state.put("title", data.title());
        state.put("priority", data.priority().name());
        state.put("assignee", schedule.assigneeName() == null ? "" : schedule.assigneeName());
        state.put("dueAfterDays", data.dueAfterDays() == null ? "" : data.dueAfterDays());
        state.put("enabled", data.enabled());
        state.put("nextDueAt", schedule.nextDueAt() == null ? "" : schedule.nextDueAt().toString());
        return state;
    }
}
