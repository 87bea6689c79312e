package dev.beacon.evaluation;

/** Where a run is. Only a COMPLETED run has an accuracy. */
public enum RunStatus {
    RUNNING("Running"),
    COMPLETED("Completed"),
    /** More than half of the cases could not be scored (endpoint down, timeouts, unreadable answers): no accuracy. */
    ERRORED("Errored"),
    CANCELLED("Cancelled");

    private final String label;

    RunStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean finished() {
        return this != RUNNING;
    }
}
