package dev.beacon.maintenance;

import dev.beacon.alerting.RuleId;
import dev.beacon.maintenance.internal.JooqTicketQuery;
import dev.beacon.shared.TeamId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * Tickets as Beacon's own background work opens them: recurring schedules and alert rules, with no signed-in user.
 * It applies no user's rights, so it must never answer a user's request directly; views and REST controllers go
 * through {@link TicketService}. History, audit log and notifications name "Beacon" as the actor.
 */
@Component
public class TicketOpener {

    private final TicketWork work;
    private final TicketChecks checks;
    private final JooqTicketQuery query;

    TicketOpener(TicketWork work, TicketChecks checks, JooqTicketQuery query) {
        this.work = work;
        this.checks = checks;
        this.query = query;
    }

    /**
     * Opens a ticket for the team. An assignee who may no longer do the team's work (left the team, lost the EDITOR
     * role, disabled) is dropped rather than failing the job: the ticket opens unassigned.
     *
     * @param alertRule the rule it comes from, or null
     * @param schedule  the schedule that opens it, or null
     */
    @Transactional
    public Ticket open(TeamId team, TicketData data, RuleId alertRule, ScheduleId schedule) {
        TicketData clean = data.normalized();
        checks.requireModelOfTeam(team, clean);
        if (clean.assigneeId() != null && !checks.isAssignable(team, clean.assigneeId())) {
            clean = clean.withAssignee(null);
        }
        return work.open(team, clean, Actor.BEACON, alertRule, schedule);
    }

    /** Adds a comment written by Beacon, e.g. "fired again", telling the assignee and the reporter. */
    @Transactional
    public void comment(TicketId ticket, String body) {
        work.comment(work.load(ticket), body, Actor.BEACON);
    }

    /** The open ticket the rule opened, if it has one. */
    @Transactional(readOnly = true)
    public Optional<Ticket> openTicketOf(RuleId rule) {
        return query.openTicketOf(rule).map(work::load);
    }
}
