package dev.beacon.alerting;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When rules are evaluated: once per cycle of {@code beacon.alerting.interval} (15 s), cycles aligned to the epoch.
 * Every instance looks once a second ({@code beacon.alerting.tick}) whether the current cycle still needs its
 * evaluation, under a ShedLock lock (see shared.scheduling) so that two instances never work at once; the cycle row
 * the evaluator claims makes each cycle count exactly once, whichever instance comes first. Ticking (instead of a
 * fixed delay of one interval) keeps every cycle evaluated near its start, without drift and without gaps.
 */
@Component
class AlertJobs {

    private final AlertEvaluator evaluator;

    AlertJobs(AlertEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    @Scheduled(fixedDelayString = "${beacon.alerting.tick:1s}", initialDelayString = "${beacon.alerting.initial-delay:10s}")
    @SchedulerLock(name = "alert-evaluation", lockAtMostFor = "5m")
    void evaluate() {
        if (evaluator.cycleIsOpen()) {
            evaluator.runOnce();
        }
    }
}
