package dev.beacon.notification;

/** How urgent a notice is; RESOLVED says that an earlier problem is over. */
public enum Severity {
    INFO("Info"),
    WARNING("Warning"),
    CRITICAL("Critical"),
    RESOLVED("Resolved");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
