package dev.beacon.dashboard.ui;

import java.util.Arrays;
import java.util.Optional;

/** How often an open dashboard reads its data again; in the URL as {@code ?refresh=30s}. */
enum RefreshRate {
    OFF("off", "Off", 0),
    SECONDS_10("10s", "Every 10 seconds", 10_000),
    SECONDS_30("30s", "Every 30 seconds", 30_000),
    MINUTE_1("1m", "Every minute", 60_000);

    private final String key;
    private final String label;
    private final int millis;

    RefreshRate(String key, String label, int millis) {
        this.key = key;
        this.label = label;
        this.millis = millis;
    }

    String key() {
        return key;
    }

    String label() {
        return label;
    }

    int millis() {
        return millis;
    }

    static Optional<RefreshRate> ofKey(String key) {
        return Arrays.stream(values()).filter(rate -> rate.key.equals(key)).findFirst();
    }
}
