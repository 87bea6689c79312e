package dev.beacon.maintenance;

/** What kind of work a ticket is. */
public enum TicketType {
    MODEL_UPDATE("Model update"),
    RETRAINING("Retraining"),
    SECURITY_PATCH("Security patch"),
    SECURITY_AUDIT("Security audit"),
    THRESHOLD_REVIEW("Threshold review"),
    CONFIGURATION_CHANGE("Configuration change"),
    INCIDENT("Incident"),
    OTHER("Other");

    private final String label;

    TicketType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Completing this work on a model puts a new version of it into service, so it needs the new version label. */
    public boolean changesModelVersion() {
        return this == MODEL_UPDATE || this == RETRAINING;
    }
}
