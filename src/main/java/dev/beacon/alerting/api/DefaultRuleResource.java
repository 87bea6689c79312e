package dev.beacon.alerting.api;

import dev.beacon.alerting.DefaultRule;
import dev.beacon.registry.ModelRuntime;

import java.time.Instant;
import java.util.UUID;

/** A team default as the API returns it, with how many models carry its copy and how many opted out or override it. */
record DefaultRuleResource(UUID id, int version, UUID teamId, String name, ModelRuntime matchRuntime, String matchTag,
                           String scope, String summary, RuleRequest rule, int linkedModels, int optedOutModels,
                           Instant updatedAt) {

    static DefaultRuleResource of(DefaultRule rule) {
        return new DefaultRuleResource(rule.id().value(), rule.version(), rule.team().value(), rule.data().name(),
                rule.data().matchRuntime(), rule.data().matchTag(), rule.data().scope(), rule.data().rule().summary(),
                RuleRequest.of(rule.data().rule()), rule.linkedModels(), rule.optedOut(), rule.updatedAt());
    }
}
