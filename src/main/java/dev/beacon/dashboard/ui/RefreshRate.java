package dev.beacon.dashboard.ui;

import java.time.Duration;
import java.util.Optional;

/** How often an open dashboard gets new data pushed, if at all. */
public enum RefreshRate {
    OFF(null, "Off", null),
    EVERY_10_SECONDS("10s", "Every 10 seconds", Duration.ofSeconds(10)),
    EVERY_30_SECONDS("30s", "Every 30 seconds", Duration.ofSeconds(30)),
    EVERY_MINUTE("1m", "Every minute", Duration.ofMinutes(1));

    private final String parameter;
    private final String label;
    private final Duration period;

    RefreshRate(String parameter, String label, Duration period) {
        this.parameter = parameter;
        this.label = label;
        this.period = period;
    }

    /** How it is written in the URL, e.g. {@code refresh=30s}; null when off (the default). */
    public String parameter() {
        return parameter;
    }

    public String label() {
        return label;
    }

    public Optional<Duration> period() {
        return Optional.ofNullable(period);
    }

    public static Optional<RefreshRate> ofParameter(String parameter) {
        for (RefreshRate rate : values()) {
            if (rate.parameter != null && rate.parameter.equals(parameter)) {
                return Optional.of(rate);
            }
        }
        return Optional.empty();
    }
}
