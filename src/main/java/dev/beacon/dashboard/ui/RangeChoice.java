package dev.beacon.dashboard.ui;

import dev.beacon.dashboard.TimeRange;

import java.time.Duration;
import java.util.Optional;

/** The time ranges a dashboard's picker offers: the last so long (ending now), or a custom window. */
public enum RangeChoice {
    LAST_15_MINUTES("15m", "Last 15 minutes", Duration.ofMinutes(15)),
    LAST_HOUR("1h", "Last hour", Duration.ofHours(1)),
    LAST_6_HOURS("6h", "Last 6 hours", Duration.ofHours(6)),
    LAST_24_HOURS("24h", "Last 24 hours", Duration.ofHours(24)),
    LAST_7_DAYS("7d", "Last 7 days", Duration.ofDays(7)),
    LAST_30_DAYS("30d", "Last 30 days", Duration.ofDays(30)),
    CUSTOM(null, "Custom…", null);

    private final String parameter;
    private final String label;
    private final Duration length;

    RangeChoice(String parameter, String label, Duration length) {
        this.parameter = parameter;
        this.label = label;
        this.length = length;
    }

    /** How it is written in the URL, e.g. {@code range=24h}; null for a custom window. */
    public String parameter() {
        return parameter;
    }

    public String label() {
        return label;
    }

    /** The sliding range of this choice; not for {@link #CUSTOM}. */
    public TimeRange range() {
        if (length == null) {
            throw new IllegalStateException("A custom range has its own start and end");
        }
        return new TimeRange.Last(length);
    }

    public static Optional<RangeChoice> ofParameter(String parameter) {
        for (RangeChoice choice : values()) {
            if (choice.parameter != null && choice.parameter.equals(parameter)) {
                return Optional.of(choice);
            }
        }
        return Optional.empty();
    }

    /** The choice that shows this range: a preset for its sliding ranges, custom for everything else. */
    public static RangeChoice of(TimeRange range) {
        for (RangeChoice choice : values()) {
            if (choice.length != null && range instanceof TimeRange.Last(Duration last) && last.equals(choice.length)) {
                return choice;
            }
        }
        return CUSTOM;
    }
}
