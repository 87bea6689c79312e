package dev.beacon.evaluation;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When evaluation's background work runs. Due scheduled runs are looked for every {@code beacon.evaluation.schedule-tick}
 * (15 s) on one instance at a time (ShedLock, see shared.scheduling), and {@link ScheduledRuns} makes each occurrence
 * run once whichever instance comes first. Every instance sends its own heartbeat; closing stale runs (also right after
 * start-up) and forgetting old answers run on one instance.
 */
@Component
class EvaluationJobs {

    private final ScheduledRuns scheduled;
    private final RunHousekeeping housekeeping;

    EvaluationJobs(ScheduledRuns scheduled, RunHousekeeping housekeeping) {
        this.scheduled = scheduled;
        this.housekeeping = housekeeping;
    }

    @Scheduled(fixedDelayString = "${beacon.evaluation.schedule-tick:15s}",
            initialDelayString = "${beacon.evaluation.schedule-initial-delay:20s}")
    @SchedulerLock(name = "evaluation-schedules", lockAtMostFor = "10m")
    void startDueRuns() {
        scheduled.runOnce();
    }

    @Scheduled(fixedDelayString = "${beacon.evaluation.heartbeat:15s}")
    void heartbeat() {
        housekeeping.heartbeat();
    }

    @Scheduled(fixedDelayString = "1m", initialDelayString = "1m")
    @SchedulerLock(name = "evaluation-stale-runs", lockAtMostFor = "10m")
    void closeStaleRuns() {
        housekeeping.closeStaleRuns();
    }

    @EventListener(ApplicationReadyEvent.class)
    void closeStaleRunsAtStart() {
        housekeeping.closeStaleRuns();
    }

    @Scheduled(fixedDelayString = "${beacon.telemetry.retention-interval:1h}", initialDelayString = "1m")
    @SchedulerLock(name = "evaluation-answer-retention", lockAtMostFor = "30m")
    void forgetOldAnswers() {
        housekeeping.forgetOldAnswers();
    }
}
