package dev.beacon.alerting.api;

import dev.beacon.alerting.AlertState;
import dev.beacon.alerting.Rule;
import dev.beacon.alerting.RuleOverview;
import dev.beacon.alerting.RuleState;
import dev.beacon.alerting.Severity;

import java.time.Instant;
import java.util.UUID;

/** A rule as the API returns it: its settings, its current state and its review. */
record RuleResource(UUID id, int version, UUID modelId, String modelName, String summary, RuleRequest rule,
                    UUID teamDefaultId, UUID overridesTeamDefaultId, String origin, AlertState state, Severity severity, Instant stateSince, Double lastValue,
                    String unit, int firingsLast30Days, Instant reviewedAt, String reviewedBy, Instant updatedAt,
                    boolean openTicketOnCritical) {

    static RuleResource of(RuleOverview overview) {
        Rule rule = overview.rule();
        RuleState state = overview.state();
        return new RuleResource(rule.id().value(), rule.version(), rule.model().value(), rule.modelName(),
                rule.data().summary(), RuleRequest.of(rule.data()), rule.fromDefault() == null ? null : rule.fromDefault().value(),
                rule.overridesDefault() == null ? null : rule.overridesDefault().value(), rule.origin(),
                overview.currentState(), state == null ? null : state.severity(), state == null ? null : state.since(),
                state == null ? null : state.lastValue(), rule.data().metric().unit(), overview.firings(), rule.reviewedAt(),
                rule.reviewedBy(), rule.updatedAt(), rule.opensTicketOnCritical());
    }

    static RuleResource of(Rule rule) {
        return of(new RuleOverview(rule, null, 0));
    }
}
