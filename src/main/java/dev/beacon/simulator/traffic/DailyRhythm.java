package dev.beacon.simulator.traffic;

import dev.beacon.simulator.TrafficProfile;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The request rate over the day: people work, so traffic peaks in the (UTC) afternoon, is lowest in the
 * early morning and lower at weekends, with a slow wobble on top so that no two minutes look alike.
 */
public final class DailyRhythm {

    private static final double PEAK_HOUR = 14.5;
    private static final double SPREAD_HOURS = 4.5;
    private static final double WEEKEND = 0.45;

    private DailyRhythm() {
    }

    /** Expected requests per minute at the instant. */
    public static double requestsPerMinute(TrafficProfile profile, Instant at) {
        ZonedDateTime time = at.atZone(ZoneOffset.UTC);
        double hour = time.getHour() + time.getMinute() / 60.0;
        double distance = Math.min(Math.abs(hour - PEAK_HOUR), 24 - Math.abs(hour - PEAK_HOUR)) / SPREAD_HOURS;
        double workday = Math.exp(-distance * distance);
        DayOfWeek day = time.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            workday *= WEEKEND;
        }
        double wobble = 1 + 0.12 * Math.sin(at.getEpochSecond() / 420.0) + 0.06 * Math.sin(at.getEpochSecond() / 97.0);
        double rate = profile.quietRequestsPerMinute()
                + (profile.peakRequestsPerMinute() - profile.quietRequestsPerMinute()) * workday;
        return rate * wobble;
    }
}
