package dev.beacon.alerting;

/** Which side of a threshold is bad. */
public enum ThresholdComparator {
    ABOVE("above", ">"),
    BELOW("below", "<");

    private final String label;
    private final String symbol;

    ThresholdComparator(String label, String symbol) {
        this.label = label;
        this.symbol = symbol;
    }

    public String label() {
        return label;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether the value is beyond the threshold (strictly: a value on the threshold is fine). */
    public boolean breaches(double value, double threshold) {
        return this == ABOVE ? value > threshold : value < threshold;
    }

    /** Whether {@code milder} is closer to the good side than {@code harsher}. */
    public boolean isMilder(double milder, double harsher) {
        return this == ABOVE ? milder < harsher : milder > harsher;
    }
}
