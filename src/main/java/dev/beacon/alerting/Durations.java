package dev.beacon.alerting;

import java.time.Duration;

/** Short durations in words for rule summaries and alert messages: "5 min", "90 s", "2 h". */
public final class Durations {

    private Durations() {
    }

    public static String describe(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds % 3600 == 0 && seconds >= 3600) {
            return seconds / 3600 + " h";
        }
        if (seconds % 60 == 0 && seconds >= 60) {
            return seconds / 60 + " min";
        }
        return seconds + " s";
    }
}
