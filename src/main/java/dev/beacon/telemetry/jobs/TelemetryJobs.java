package dev.beacon.telemetry.jobs;

import dev.beacon.telemetry.rollup.RollupJob;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** When the telemetry jobs run; each on one instance at a time (see shared.scheduling). */
@Component
class TelemetryJobs {

    private final RollupJob rollups;
    private final RetentionJob retention;

    TelemetryJobs(RollupJob rollups, RetentionJob retention) {
        this.rollups = rollups;
        this.retention = retention;
    }

    @Scheduled(fixedDelayString = "${beacon.telemetry.rollup-interval:5s}", initialDelayString = "5s")
    @SchedulerLock(name = "telemetry-rollup", lockAtMostFor = "10m")
    void rollUp() {
        rollups.runOnce();
    }

    @Scheduled(fixedDelayString = "${beacon.telemetry.retention-interval:1h}", initialDelayString = "30s")
    @SchedulerLock(name = "telemetry-retention", lockAtMostFor = "30m")
    void applyRetention() {
        retention.runOnce();
    }
}
