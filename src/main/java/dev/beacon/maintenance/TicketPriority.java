package dev.beacon.maintenance;

/** How urgent a ticket is, lowest first. */
public enum TicketPriority {
    LOW("Low"),
    NORMAL("Normal"),
    HIGH("High"),
    URGENT("Urgent");

    private final String label;

    TicketPriority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
