package dev.beacon.maintenance;

import dev.beacon.alerting.AlertRuleService;
import dev.beacon.alerting.RuleId;
import dev.beacon.alerting.RuleOverview;
import dev.beacon.alerting.RuleState;
import dev.beacon.alerting.Severity;
import dev.beacon.maintenance.internal.JooqAlertTicketQuery;
import dev.beacon.security.TeamRole;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ModelId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Tickets of alerts, for people: which rules of a model have an open ticket (VIEWERs), and "Open ticket" on an active
 * alert (EDITORs): an incident ticket prefilled from the alert, linked to its rule — or the rule's open ticket when it
 * has one already (one open ticket per rule). Rights come from the rule's model's team, through alerting.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class AlertTicketService {

    private final AlertRuleService rules;
    private final TicketService tickets;
    private final JooqAlertTicketQuery query;

    AlertTicketService(AlertRuleService rules, TicketService tickets, JooqAlertTicketQuery query) {
        this.rules = rules;
        this.tickets = tickets;
        this.query = query;
    }

    /** The open ticket of each rule of the model that has one. */
    @Transactional(readOnly = true)
    public Map<RuleId, AlertTicket> openTickets(ModelId model) {
        List<RuleId> ids = rules.rulesOf(model).stream().map(rule -> rule.rule().id()).toList();
        return query.openTicketsOf(ids).stream().collect(Collectors.toMap(AlertTicket::rule, Function.identity()));
    }

    /** Opens an incident ticket for the rule's active alert, or answers the rule's open ticket. */
    @Transactional
    public Ticket openFromAlert(RuleId id) {
        var rule = rules.get(id);
        if (!rules.myRole(rule.model()).includes(TeamRole.EDITOR)) {
            throw new AccessDeniedException("You need the Editor role in this team to do that");
        }
        Optional<AlertTicket> open = query.openTicketsOf(List.of(id)).stream().findFirst();
        if (open.isPresent()) {
            return tickets.get(open.get().ticket());
        }
        RuleOverview overview = rules.rulesOf(rule.model()).stream().filter(r -> r.rule().id().equals(id)).findFirst().orElseThrow();
        RuleState state = overview.state();
        if (state == null || !overview.currentState().isActive()) {
            throw new InvalidInputException("rule", "The alert is not active; open a ticket from the model's Tickets tab instead");
        }
        var data = rule.data();
        TicketData ticket = TicketData.of(rule.model(), TicketType.INCIDENT,
                        AlertTicketText.title(state.severity(), data.summary(), rule.modelName()))
                .withPriority(state.severity() == Severity.CRITICAL ? TicketPriority.URGENT : TicketPriority.HIGH)
                .withDescription(AlertTicketText.description(data.summary(), state.severity(), state.lastValue(),
                        data.threshold(state.severity()), data.metric().unit(), state.since(), AlertTicketText.alertPath(rule.model())));
        Ticket created = tickets.create(rule.team(), ticket);
        query.linkAlertRule(created.id(), id);
        return tickets.get(created.id());
    }
}
