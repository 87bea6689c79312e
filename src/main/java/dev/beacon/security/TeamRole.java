package dev.beacon.security;

/** What a member may do in a team. Each role includes everything the roles below it may do. */
public enum TeamRole {
    /** Reads the team's models, dashboards and tickets. */
    VIEWER("Viewer"),
    /** Also registers and edits models, thresholds and tickets. */
    EDITOR("Editor"),
    /** Also manages the team's members and sees its audit log. */
    OWNER("Owner");

    private final String label;

    TeamRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean includes(TeamRole other) {
        return compareTo(other) >= 0;
    }
}
