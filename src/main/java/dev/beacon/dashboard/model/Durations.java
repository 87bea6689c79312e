package dev.beacon.dashboard.model;

import java.time.Duration;

/** Durations as people say them: "15 min", "6 h", "3 d 4 h". */
final class Durations {

    private Durations() {
    }

    static String describe(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes < 60) {
            return Math.max(minutes, 1) + " min";
        }
        long days = duration.toDays();
        long hours = duration.toHoursPart();
        if (days == 0) {
            return hours + " h" + (duration.toMinutesPart() == 0 ? "" : " " + duration.toMinutesPart() + " min");
        }
        return days + " d" + (hours == 0 ? "" : " " + hours + " h");
    }
}
