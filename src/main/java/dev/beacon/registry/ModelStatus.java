package dev.beacon.registry;

/** Where a model is in its life. */
public enum ModelStatus {
    ACTIVE("Active"),
    DEPRECATED("Deprecated"),
    RETIRED("Retired");

    private final String label;

    ModelStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
