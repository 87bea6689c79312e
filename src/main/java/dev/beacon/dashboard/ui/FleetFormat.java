package dev.beacon.dashboard.ui;

import dev.beacon.telemetry.ModelHealth;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** How the fleet overview writes its figures: short, with their unit, "—" where there is no data. */
final class FleetFormat {

    static final String NONE = "—";

    private FleetFormat() {
    }

    static String millis(Double ms) {
        if (ms == null) {
            return NONE;
        }
        return ms >= 1000 ? String.format(Locale.ENGLISH, "%.2f s", ms / 1000) : String.format(Locale.ENGLISH, "%.0f ms", ms);
    }

    /** 0.0042 → "0.4 %", 0.25 → "25 %". */
    static String percent(Double ratio) {
        if (ratio == null) {
            return NONE;
        }
        double percent = ratio * 100;
        return String.format(Locale.ENGLISH, percent != 0 && percent < 10 ? "%.1f %%" : "%.0f %%", percent);
    }

    /** Rates: "0.4", "12.3", "845", "12.5k". */
    static String rate(Double value) {
        if (value == null) {
            return NONE;
        }
        if (value >= 10_000) {
            return String.format(Locale.ENGLISH, "%.1fk", value / 1000);
        }
        return String.format(Locale.ENGLISH, value >= 100 ? "%.0f" : "%.1f", value);
    }

    /** "12 s ago", "4 min ago", "3 h ago", "2 d ago". */
    static String age(Instant then, Instant now) {
        Duration age = Duration.between(then, now);
        if (age.toSeconds() < 60) {
            return Math.max(0, age.toSeconds()) + " s ago";
        }
        if (age.toMinutes() < 60) {
            return age.toMinutes() + " min ago";
        }
        return age.toHours() < 48 ? age.toHours() + " h ago" : age.toDays() + " d ago";
    }

    /** The CSS class suffix of a health: critical, warning, unknown, good. */
    static String cssName(ModelHealth health) {
        return health.name().toLowerCase(Locale.ROOT);
    }
}
