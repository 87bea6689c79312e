package dev.beacon.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** The time a dashboard shows: the last so long (sliding with now), or a fixed window. */
public sealed interface TimeRange {

    Instant from(Instant now);

    Instant to(Instant now);

    /** The window ending now: each refresh shows the latest data. */
    record Last(Duration length) implements TimeRange {

        public Last {
            if (length.isNegative() || length.isZero()) {
                throw new IllegalArgumentException("A range needs a positive length: " + length);
            }
        }

        @Override
        public Instant from(Instant now) {
            return now.minus(length);
        }

        @Override
        public Instant to(Instant now) {
            return now;
        }
    }

    /** A fixed window, e.g. chosen with the date pickers or by zooming into a chart. */
    record Between(Instant start, Instant end) implements TimeRange {

        public Between {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
        }

        @Override
        public Instant from(Instant now) {
            return start;
        }

        @Override
        public Instant to(Instant now) {
            return end;
        }
    }
}
