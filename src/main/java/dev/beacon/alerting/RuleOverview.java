package dev.beacon.alerting;

/**
 * A rule with where it stands, for lists.
 *
 * @param state   null until the evaluator has judged the rule once
 * @param firings how often it began firing in the period the list covers (the thresholds page: 30 days)
 */
public record RuleOverview(Rule rule, RuleState state, int firings) {

    public AlertState currentState() {
        return state == null ? AlertState.OK : state.state();
    }
}
