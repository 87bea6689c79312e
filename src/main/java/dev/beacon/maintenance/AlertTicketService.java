package dev.beacon.maintenance;

import dev.beacon.alerting.AlertRuleService;
import dev.beacon.alerting.Rule;
import dev.beacon.alerting.RuleId;
import dev.beacon.maintenance.internal.JooqTicketQuery;
import dev.beacon.security.CurrentUser;
import dev.beacon.security.TeamAccess;
import dev.beacon.security.TeamRole;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.util.Optional;

/**
 * Tickets linked to alert rules, as people open and find them from an alert ("Open ticket", "Ticket #12"). The
 * rule's own rights apply: whoever may not see the rule gets "not found".
 */
@Service
@Validated
@PreAuthorize("isAuthenticated()")
public class AlertTicketService {

    private final AlertRuleService rules;
    private final JooqTicketQuery query;
    private final TicketWork work;
    private final TicketChecks checks;
    private final TeamAccess access;
    private final CurrentUser currentUser;

    AlertTicketService(AlertRuleService rules, JooqTicketQuery query, TicketWork work, TicketChecks checks,
                       TeamAccess access, CurrentUser currentUser) {
        this.rules = rules;
        this.query = query;
        this.work = work;
        this.checks = checks;
        this.access = access;
        this.currentUser = currentUser;
    }

    /**
     * Opens a ticket about the rule's alert, linked to the rule; its team and model are the rule's, whatever
     * {@code data} says. Needs the EDITOR role in the rule's team.
     */
    @Transactional
    public Ticket createFromAlert(RuleId rule, @Valid TicketData data) {
        Rule alertRule = rules.get(rule);
        access.require(alertRule.team(), TeamRole.EDITOR, "Alert rule");
        TicketData clean = data.normalized().withModel(alertRule.model());
        checks.requireAssignable(alertRule.team(), clean.assigneeId());
        var user = currentUser.details().orElseThrow();
        return work.open(alertRule.team(), clean, new Actor(user.userId(), user.displayName()), rule, null);
    }

    /** The open ticket linked to the rule, if it has one. */
    @Transactional(readOnly = true)
    public Optional<Ticket> openTicketOf(RuleId rule) {
        rules.get(rule);
        return query.openTicketOf(rule).map(work::load);
    }
}
