package dev.beacon.maintenance;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a ticket is in its workflow: OPEN → IN_PROGRESS → DONE, or WONT_DO; work in progress can go back to OPEN,
 * and a closed ticket (DONE or WONT_DO) can only be reopened.
 */
public enum TicketStatus {
    OPEN("Open"),
    IN_PROGRESS("In progress"),
    DONE("Done"),
    WONT_DO("Won't do");

    private final String label;

    TicketStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Open or in progress: someone still has to act. */
    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }

    /** The statuses a ticket in this one may move to. */
    public Set<TicketStatus> nextStatuses() {
        return switch (this) {
            case OPEN -> EnumSet.of(IN_PROGRESS, DONE, WONT_DO);
            case IN_PROGRESS -> EnumSet.of(OPEN, DONE, WONT_DO);
            case DONE, WONT_DO -> EnumSet.of(OPEN);
        };
    }

    public boolean canMoveTo(TicketStatus target) {
        return nextStatuses().contains(target);
    }

    /** Why the move is refused, in words for the person who tried it; null when it is allowed. */
    public String refusal(TicketStatus target) {
        if (canMoveTo(target)) {
            return null;
        }
        if (target == this) {
            return "The ticket is already " + label.toLowerCase();
        }
        // OPEN and IN_PROGRESS may go anywhere else, so only a closed ticket gets here
        return this == DONE ? "A done ticket can only be reopened" : "A ticket marked won't do can only be reopened";
    }

    public static Set<TicketStatus> open() {
        return EnumSet.of(OPEN, IN_PROGRESS);
    }
}
