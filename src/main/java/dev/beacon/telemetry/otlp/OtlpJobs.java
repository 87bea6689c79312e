package dev.beacon.telemetry.otlp;

import dev.beacon.telemetry.internal.JooqOtlpSeriesRepository;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/** Forgets OTLP metric series that no client has sent for a week (one instance at a time, see shared.scheduling). */
@Component
class OtlpJobs {

    /** Far longer than any export interval; a series that comes back later starts again with a baseline. */
    static final Duration SERIES_KEPT = Duration.ofDays(7);

    private final JooqOtlpSeriesRepository series;
    private final Clock clock;

    OtlpJobs(JooqOtlpSeriesRepository series, Clock clock) {
        this.series = series;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${beacon.telemetry.otlp.series-cleanup-interval:6h}", initialDelayString = "2m")
    @SchedulerLock(name = "otlp-series-cleanup", lockAtMostFor = "30m")
    void forgetStaleSeries() {
        series.forgetUnusedSince(clock.instant().minus(SERIES_KEPT));
    }
}
