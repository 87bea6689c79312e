package dev.beacon.dashboard.ui;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** The time ranges a dashboard offers at one click, each ending now; a custom range is the other choice. */
enum RangePreset {
    MINUTES_15("15m", "Last 15 minutes", Duration.ofMinutes(15)),
    HOUR_1("1h", "Last hour", Duration.ofHours(1)),
    HOURS_6("6h", "Last 6 hours", Duration.ofHours(6)),
    HOURS_24("24h", "Last 24 hours", Duration.ofHours(24)),
    DAYS_7("7d", "Last 7 days", Duration.ofDays(7)),
    DAYS_30("30d", "Last 30 days", Duration.ofDays(30));

    private final String key;
    private final String label;
    private final Duration length;

    RangePreset(String key, String label, Duration length) {
        this.key = key;
        this.label = label;
        this.length = length;
    }

    /** How the preset appears in the URL, e.g. {@code ?range=24h}. */
    String key() {
        return key;
    }

    String label() {
        return label;
    }

    Duration length() {
        return length;
    }

    static Optional<RangePreset> ofKey(String key) {
        return Arrays.stream(values()).filter(preset -> preset.key.equals(key)).findFirst();
    }
}
