package dev.beacon.alerting;

import java.time.Instant;

/**
 * Where a rule stood after its latest evaluation.
 *
 * @param severity     while PENDING or FIRING: the severity it waits for or fires with; after RESOLVED: the one it had
 * @param since        when it entered the state
 * @param pendingSince when the current breach began (PENDING only)
 * @param noDataSince  when the window last started to hold no value, null while it holds one
 * @param hasData      whether the latest evaluation found a value
 * @param lastValue    the latest value found, in the metric's unit
 */
public record RuleState(AlertState state, Severity severity, Instant since, Instant pendingSince, Instant noDataSince,
                        boolean hasData, Double lastValue) {

    /** A rule never evaluated yet. */
    public static RuleState initial(Instant now) {
        return new RuleState(AlertState.OK, null, now, null, null, false, null);
    }
}
