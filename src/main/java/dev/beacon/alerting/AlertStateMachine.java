package dev.beacon.alerting;

import java.time.Instant;
import java.util.Optional;

/**
 * Moves one rule's state forward by one evaluation. Pure: the same rule, state, value and time always give the
 * same step, so every transition is tested without a database or a clock.
 * <ul>
 *   <li>A breach starts PENDING (or FIRING at once with no pending period); PENDING fires once the breach has
 *       lasted the pending period. A firing alert changes severity at once when the value crosses the other
 *       threshold (escalation, de-escalation).</li>
 *   <li>No breach: FIRING and NO_DATA resolve (RESOLVED), PENDING and RESOLVED return to OK.</li>
 *   <li>No value: as the rule's {@link NoDataMode} says. A disabled rule counts as calm, so its alert resolves.</li>
 * </ul>
 */
final class AlertStateMachine {

    /** The state after the evaluation and the transition it made, if the state changed. */
    record Step(RuleState next, Optional<Change> change) {
    }

    /** A change of state: what the history stores. */
    record Change(AlertState from, AlertState to, Severity severity, Double observedValue, Double threshold) {
    }

    private AlertStateMachine() {
    }

    static Step evaluate(RuleData rule, RuleState current, Double value, Instant now) {
        if (!rule.enabled()) {
            return calm(rule, current, null, false, null, now);
        }
        if (value == null) {
            return noData(rule, current, now);
        }
        Severity level = rule.levelOf(value);
        return level == null ? calm(rule, current, value, true, null, now) : breach(rule, current, value, level, now);
    }

    private static Step noData(RuleData rule, RuleState current, Instant now) {
        Instant noDataSince = current.noDataSince() != null ? current.noDataSince() : now;
        return switch (rule.noData()) {
            case OK -> calm(rule, current, null, false, noDataSince, now);
            case KEEP_LAST -> stay(current, withData(current, false, current.lastValue(), noDataSince));
            case ALERT -> {
                boolean overdue = !now.isBefore(noDataSince.plus(rule.noDataAfter()));
                if (!overdue || current.state() == AlertState.NO_DATA) {
                    yield stay(current, withData(current, false, current.lastValue(), noDataSince));
                }
                yield move(current, new RuleState(AlertState.NO_DATA, null, now, null, noDataSince, false, current.lastValue()),
                        null, null, null);
            }
        };
    }

    private static Step calm(RuleData rule, RuleState current, Double value, boolean hasData, Instant noDataSince, Instant now) {
        Double lastValue = value != null ? value : current.lastValue();
        return switch (current.state()) {
            case FIRING, NO_DATA -> move(current, new RuleState(AlertState.RESOLVED, current.severity(), now, null, noDataSince,
                    hasData, lastValue), current.severity(), value, rule.threshold(current.severity()));
            case PENDING, RESOLVED -> move(current, new RuleState(AlertState.OK, null, now, null, noDataSince, hasData, lastValue),
                    current.severity(), value, rule.threshold(current.severity()));
            case OK -> stay(current, new RuleState(AlertState.OK, null, current.since(), null, noDataSince, hasData, lastValue));
        };
    }

    private static Step breach(RuleData rule, RuleState current, double value, Severity level, Instant now) {
        Double threshold = rule.threshold(level);
        return switch (current.state()) {
            case OK, RESOLVED, NO_DATA -> rule.pendingSeconds() == 0
                    ? move(current, new RuleState(AlertState.FIRING, level, now, null, null, true, value), level, value, threshold)
                    : move(current, new RuleState(AlertState.PENDING, level, now, now, null, true, value), level, value, threshold);
            case PENDING -> !now.isBefore(current.pendingSince().plus(rule.pending()))
                    ? move(current, new RuleState(AlertState.FIRING, level, now, null, null, true, value), level, value, threshold)
                    : stay(current, new RuleState(AlertState.PENDING, level, current.since(), current.pendingSince(), null, true, value));
            case FIRING -> level != current.severity()
                    ? move(current, new RuleState(AlertState.FIRING, level, now, null, null, true, value), level, value, threshold)
                    : stay(current, new RuleState(AlertState.FIRING, level, current.since(), null, null, true, value));
        };
    }

    private static RuleState withData(RuleState state, boolean hasData, Double lastValue, Instant noDataSince) {
        return new RuleState(state.state(), state.severity(), state.since(), state.pendingSince(), noDataSince, hasData, lastValue);
    }

    private static Step stay(RuleState current, RuleState next) {
        return new Step(next, Optional.empty());
    }

    private static Step move(RuleState current, RuleState next, Severity severity, Double value, Double threshold) {
        return new Step(next, Optional.of(new Change(current.state(), next.state(), severity, value, threshold)));
    }
}
