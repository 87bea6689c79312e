package dev.beacon.maintenance.internal;

import dev.beacon.alerting.RuleId;
import dev.beacon.maintenance.AlertTicket;
import dev.beacon.maintenance.TicketId;
import dev.beacon.maintenance.TicketStatus;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;

import static dev.beacon.jooq.Tables.TICKET;

/** Which alert rules have an open ticket, and the link from a ticket to the rule it was opened from. */
@Repository
public class JooqAlertTicketQuery {

    private final DSLContext db;

    JooqAlertTicketQuery(DSLContext db) {
        this.db = db;
    }

    /** The newest open ticket of each of these rules that has one. */
    public List<AlertTicket> openTicketsOf(Collection<RuleId> rules) {
        if (rules.isEmpty()) {
            return List.of();
        }
        return db.selectDistinct(TICKET.ALERT_RULE_ID, TICKET.TICKET_ID, TICKET.NUMBER).on(TICKET.ALERT_RULE_ID)
                .from(TICKET)
                .where(TICKET.ALERT_RULE_ID.in(rules), TICKET.STATUS.in(TicketStatus.open()))
                .orderBy(TICKET.ALERT_RULE_ID, TICKET.NUMBER.desc())
                .fetch(row -> new AlertTicket(row.value1(), row.value2(), row.value3()));
    }

    /** Records that the ticket was opened from the rule's alert. */
    public void linkAlertRule(TicketId ticket, RuleId rule) {
        db.update(TICKET).set(TICKET.ALERT_RULE_ID, rule).where(TICKET.TICKET_ID.eq(ticket)).execute();
    }
}
