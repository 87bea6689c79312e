package dev.beacon.alerting;

/**
 * What a rule does when its window holds no value for its metric (nothing reported, or fewer requests
 * than the rule's minimum).
 */
public enum NoDataMode {
    /** Treat it as fine: a firing alert resolves. */
    OK("Treat as OK"),
    /** Keep whatever state the rule is in until data comes back. */
    KEEP_LAST("Keep the last state"),
    /** After the rule's no-data duration, go to NO_DATA, which counts as a warning. */
    ALERT("Alert after a while");

    private final String label;

    NoDataMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
