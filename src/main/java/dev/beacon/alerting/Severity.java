package dev.beacon.alerting;

/** How bad a firing alert is. */
public enum Severity {
    WARNING("Warning"),
    CRITICAL("Critical");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
