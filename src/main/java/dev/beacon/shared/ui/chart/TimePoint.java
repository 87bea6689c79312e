package dev.beacon.shared.ui.chart;

import com.fasterxml.jackson.annotation.JsonValue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A value at a time, for line, area, bar and scatter series on a time axis; written as
 * {@code [epochMillis, value]}. A null value is a gap: the line breaks there instead of bridging it.
 */
public record TimePoint(Instant time, Double value) implements ChartPoint {

    public TimePoint {
        Objects.requireNonNull(time, "time");
    }

    public static TimePoint of(Instant time, double value) {
        return new TimePoint(time, value);
    }

    public static TimePoint gap(Instant time) {
        return new TimePoint(time, null);
    }

    @JsonValue
    List<Object> json() {
        return Arrays.asList(time.toEpochMilli(), value);
    }
}
