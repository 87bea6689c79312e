package dev.beacon.evaluation;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How evaluation runs are executed ({@code beacon.evaluation.*}).
 *
 * @param maxParallelRuns runs executing at once on one instance; more wait their turn (still RUNNING, 0 cases done)
 * @param scheduleTick    how often due scheduled runs are looked for
 * @param heartbeat       how often an instance tells the database its runs are alive
 * @param staleAfter      a RUNNING run without a heartbeat for this long belongs to a stopped instance: it is closed
 *                        as ERRORED
 */
@ConfigurationProperties("beacon.evaluation")
public record EvaluationProperties(int maxParallelRuns, Duration scheduleTick, Duration heartbeat, Duration staleAfter) {

    public EvaluationProperties {
        if (maxParallelRuns <= 0) maxParallelRuns = 4;
        if (scheduleTick == null) scheduleTick = Duration.ofSeconds(15);
        if (heartbeat == null) heartbeat = Duration.ofSeconds(15);
        if (staleAfter == null) staleAfter = Duration.ofMinutes(2);
    }
}
