package dev.beacon.maintenance;

/** Where a ticket's page is inside Beacon, for links from other pages and the version history. */
public final class TicketPaths {

    private TicketPaths() {
    }

    /** The ticket page's route, relative to Beacon's root: "tickets/<id>". */
    public static String path(TicketId ticket) {
        return "tickets/" + ticket.value();
    }
}
