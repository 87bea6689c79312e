package dev.beacon.maintenance;

import dev.beacon.alerting.RuleId;

/** The open ticket an alert rule has: shown as "#12" on the rule's row of the Alerts tab, linking to the ticket. */
public record AlertTicket(RuleId rule, TicketId ticket, long number) {

    public String reference() {
        return "#" + number;
    }
}
