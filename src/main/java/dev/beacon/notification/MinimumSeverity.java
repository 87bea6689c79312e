package dev.beacon.notification;

/** The least severe notice a channel takes; notices that carry no routing facts go to every channel. */
public enum MinimumSeverity {
    EVERYTHING("Everything"),
    WARNING("Warning and critical"),
    CRITICAL("Critical only");

    private final String label;

    MinimumSeverity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a notice of this severity passes (a RESOLVED notice is routed by the severity of the alert it ends). */
    boolean admits(Severity severity) {
        return switch (this) {
            case EVERYTHING -> true;
            case WARNING -> severity == Severity.WARNING || severity == Severity.CRITICAL;
            case CRITICAL -> severity == Severity.CRITICAL;
        };
    }
}
