package dev.beacon.telemetry;

/**
 * How a model is doing, worst first: the order is the fleet overview's default sort. A model Beacon knows
 * nothing about ranks above a healthy one, because it needs a look more (as "No data" does in most
 * monitoring tools).
 */
public enum ModelHealth {
    CRITICAL("Critical"),
    WARNING("Warning"),
    UNKNOWN("Unknown"),
    GOOD("Good");

    private final String label;

    ModelHealth(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
