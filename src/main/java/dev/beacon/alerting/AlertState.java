package dev.beacon.alerting;

/**
 * Where a rule stands: OK → PENDING (breaching, waiting out the pending period) → FIRING (with a severity)
 * → RESOLVED (the evaluation after it stopped breaching) → OK. NO_DATA when its window has had no value for
 * longer than the rule allows (no-data mode ALERT).
 */
public enum AlertState {
    OK("OK"),
    PENDING("Pending"),
    FIRING("Firing"),
    RESOLVED("Resolved"),
    NO_DATA("No data");

    private final String label;

    AlertState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the rule is an active alert: firing, or alerting on missing data. */
    public boolean isActive() {
        return this == FIRING || this == NO_DATA;
    }
}
