package dev.beacon.maintenance;

import dev.beacon.maintenance.internal.JooqTicketQuery;
import dev.beacon.maintenance.internal.JooqTicketRepository;
import dev.beacon.registry.ModelDirectory;
import dev.beacon.registry.ModelEntry;
import dev.beacon.registry.TeamChoice;
import dev.beacon.security.CurrentUser;
import dev.beacon.security.TeamAccess;
import dev.beacon.security.TeamRole;
import dev.beacon.security.TeamService;
import dev.beacon.security.UserReference;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.StaleDataException;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.UserId;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Tickets as people see and change them. Every method checks the caller's role in the ticket's team: VIEWERs read,
 * EDITORs open, edit, move, assign and comment, OWNERs also delete. Tickets of other teams answer "not found",
 * exactly like tickets that do not exist. Changes are written with their history, audit entry, notifications and
 * events in one transaction (see {@link TicketWork}).
 */
@Service
@Validated
@PreAuthorize("isAuthenticated()")
public class TicketService {

    /** The most tickets {@link #mine()} returns. */
    public static final int MINE_LIMIT = 500;
    /** The most tickets one CSV export holds. */
    public static final int MAX_EXPORT = 10_000;

    private final JooqTicketRepository repository;
    private final JooqTicketQuery query;
    private final TicketWork work;
    private final TicketChecks checks;
    private final TeamAccess access;
    private final CurrentUser currentUser;
    private final TeamService teams;
    private final ModelDirectory models;
    private final TicketLinks links;
    private final Clock clock;

    TicketService(JooqTicketRepository repository, JooqTicketQuery query, TicketWork work, TicketChecks checks,
                  TeamAccess access, CurrentUser currentUser, TeamService teams, ModelDirectory models,
                  TicketLinks links, Clock clock) {
        this.repository = repository;
        this.query = query;
        this.work = work;
        this.checks = checks;
        this.access = access;
        this.currentUser = currentUser;
        this.teams = teams;
        this.models = models;
        this.links = links;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Ticket get(TicketId id) {
        requireRole(id, TeamRole.VIEWER);
        return work.load(id);
    }

    @Transactional(readOnly = true)
    public TicketDetails details(TicketId id) {
        TeamRole role = requireRole(id, TeamRole.VIEWER);
        return new TicketDetails(work.load(id), query.comments(id), query.changes(id), role);
    }

    /** The current user's role in the ticket's team, to decide which actions a page offers. */
    @Transactional(readOnly = true)
    public TeamRole myRole(TicketId id) {
        return requireRole(id, TeamRole.VIEWER);
    }

    /**
     * Tickets of the teams the current user can see that match the filter; see {@link JooqTicketQuery} for the order.
     * "Overdue" and "due this week" count from today in UTC; views pass their viewer's zone instead.
     */
    @Transactional(readOnly = true)
    public List<Ticket> find(TicketFilter filter, int offset, int limit) {
        return find(filter, ZoneOffset.UTC, offset, limit);
    }

    /** As {@link #find(TicketFilter, int, int)}, with "overdue" and "due this week" as of today in that zone. */
    @Transactional(readOnly = true)
    public List<Ticket> find(TicketFilter filter, ZoneId zone, int offset, int limit) {
        return query.find(filter, access.readableTeams(), today(zone), offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(TicketFilter filter) {
        return count(filter, ZoneOffset.UTC);
    }

    @Transactional(readOnly = true)
    public int count(TicketFilter filter, ZoneId zone) {
        return query.count(filter, access.readableTeams(), today(zone));
    }

    /** The tickets matching the filter (at most {@link #MAX_EXPORT}) as CSV, for a spreadsheet; see {@link TicketCsv}. */
    @Transactional(readOnly = true)
    public String csv(TicketFilter filter) {
        return csv(filter, ZoneOffset.UTC);
    }

    /** As {@link #csv(TicketFilter)}, with "overdue" and "due this week" as of today in that zone. */
    @Transactional(readOnly = true)
    public String csv(TicketFilter filter, ZoneId zone) {
        return TicketCsv.write(find(filter, zone, 0, MAX_EXPORT), links);
    }

    /** Tickets assigned to the current user, open ones first. */
    @Transactional(readOnly = true)
    public List<Ticket> mine() {
        return find(TicketFilter.none().withAssignee(currentUser.id()), 0, MINE_LIMIT);
    }

    /** Open tickets per model the current user can see; models without open tickets are left out. */
    @Transactional(readOnly = true)
    public Map<ModelId, Integer> openCountsByModel() {
        return query.openCountsByModel(access.readableTeams());
    }

    /** The team's enabled EDITORs and OWNERs: who a ticket of the team may be assigned to. */
    @Transactional(readOnly = true)
    public List<UserReference> assignableMembers(TeamId team) {
        access.require(team, TeamRole.VIEWER, "Team");
        return checks.assignable(team).stream()
                .map(member -> new UserReference(member.userId(), member.username(), member.displayName()))
                .toList();
    }

    /** Teams the current user may open tickets in. */
    @Transactional(readOnly = true)
    public List<TeamChoice> teamsICanEditIn() {
        Set<TeamId> editable = access.teamsWithRole(TeamRole.EDITOR);
        return teamsICanSee().stream().filter(team -> editable.contains(team.id())).toList();
    }

    /** Teams whose tickets the current user can see, for the list's team filter. */
    @Transactional(readOnly = true)
    public List<TeamChoice> teamsICanSee() {
        return teams.myTeams().stream().map(team -> new TeamChoice(team.id(), team.name())).toList();
    }

    /** The team's models, by name, for the ticket form. */
    @Transactional(readOnly = true)
    public List<ModelChoice> modelChoices(TeamId team) {
        access.require(team, TeamRole.VIEWER, "Team");
        return models.modelsOf(team).stream()
                .map(model -> new ModelChoice(model.id(), model.name()))
                .sorted(Comparator.comparing(choice -> choice.name().toLowerCase()))
                .toList();
    }

    @Transactional
    public Ticket create(TeamId team, @Valid TicketData data) {
        access.require(team, TeamRole.EDITOR, "Team");
        TicketData clean = data.normalized();
        checks.requireModelOfTeam(team, clean);
        checks.requireAssignable(team, clean.assigneeId());
        return work.open(team, clean, me(), null, null);
    }

    /** Saves the form's fields (an assignee change counts as an assignment) if nobody changed the ticket since {@code version}. */
    @Transactional
    public Ticket update(TicketId id, int version, @Valid TicketData data) {
        requireRole(id, TeamRole.EDITOR);
        Ticket before = work.load(id);
        TicketData clean = data.normalized();
        ModelEntry model = checks.requireModelOfTeam(before.team(), clean);
        if (!Objects.equals(before.assignee(), clean.assigneeId())) {
            checks.requireAssignable(before.team(), clean.assigneeId());
        }
        return work.update(before, version, clean, model == null ? null : model.name(), me());
    }

    /**
     * Moves the ticket along its workflow (see {@link TicketStatus}); refused moves name the field "status".
     *
     * @param newVersionLabel required to complete a model update or retraining of a model; otherwise optional
     */
    @Transactional
    public Ticket move(TicketId id, int version, TicketStatus status, String newVersionLabel) {
        requireRole(id, TeamRole.EDITOR);
        return work.move(work.load(id), version, status, newVersionLabel, me());
    }

    /** Gives the ticket to an EDITOR or OWNER of its team, or to nobody (null). */
    @Transactional
    public Ticket assign(TicketId id, int version, UserId assignee) {
        requireRole(id, TeamRole.EDITOR);
        Ticket before = work.load(id);
        checks.requireAssignable(before.team(), assignee);
        return work.assign(before, version, assignee, me());
    }

    /** Adds a comment; it does not change the ticket's version, so nobody's open form goes stale. */
    @Transactional
    public TicketComment comment(TicketId id, String body) {
        requireRole(id, TeamRole.EDITOR);
        return work.comment(work.load(id), body, me());
    }

    /**
     * Saves the form's fields and moves the ticket to {@code status} in one step, all or nothing (the REST API's
     * PATCH). Fields that did not change are not written; a status equal to the current one is no move.
     */
    @Transactional
    public Ticket save(TicketId id, int version, @Valid TicketData data, TicketStatus status, String newVersionLabel) {
        requireRole(id, TeamRole.EDITOR);
        Ticket ticket = work.load(id);
        TicketData clean = data.normalized();
        if (!clean.equals(ticket.data())) {
            ticket = update(id, version, clean);
            version = ticket.version();
        }
        if (status != null && status != ticket.status()) {
            ticket = work.move(ticket, version, status, newVersionLabel, me());
        } else if (ticket.version() != version) {
            throw new StaleDataException("This ticket");
        }
        return ticket;
    }

    /** Deletes the ticket with its comments and history. Only team OWNERs may do this; others mark it won't do. */
    @Transactional
    public void delete(TicketId id, int version) {
        requireRole(id, TeamRole.OWNER);
        work.delete(work.load(id), version);
    }

    private TeamRole requireRole(TicketId id, TeamRole minimum) {
        TeamId team = repository.teamOf(id).orElseThrow(() -> new NotFoundException(TicketWork.TICKET));
        return access.require(team, minimum, TicketWork.TICKET);
    }

    private Actor me() {
        var user = currentUser.details().orElseThrow();
        return new Actor(user.userId(), user.displayName());
    }

    private LocalDate today(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }
}
