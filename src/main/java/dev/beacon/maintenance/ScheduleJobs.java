package dev.beacon.maintenance;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for due schedules every {@code beacon.maintenance.schedule-tick} (1 minute), on one instance at a time (ShedLock,
 * see shared.scheduling); {@link ScheduleRunner} makes each occurrence open exactly once whichever instance comes first.
 */
@Component
class ScheduleJobs {

    private final ScheduleRunner runner;

    ScheduleJobs(ScheduleRunner runner) {
        this.runner = runner;
    }

    @Scheduled(fixedDelayString = "${beacon.maintenance.schedule-tick:1m}",
            initialDelayString = "${beacon.maintenance.schedule-initial-delay:30s}")
    @SchedulerLock(name = "maintenance-schedules", lockAtMostFor = "10m")
    void openDueTickets() {
        runner.runOnce();
    }
}
