package dev.beacon.maintenance;

/** Where a ticket's page is, for links from other pages, the version history and notices. */
public final class TicketLinks {

    private TicketLinks() {
    }

    /** The ticket page's route, relative to Beacon's root: "tickets/<id>". */
    public static String path(TicketId ticket) {
        return "tickets/" + ticket.value();
    }
}
