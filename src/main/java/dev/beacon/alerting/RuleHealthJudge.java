package dev.beacon.alerting;

import dev.beacon.alerting.internal.JooqRuleRepository;
import dev.beacon.shared.ModelId;
import dev.beacon.telemetry.HealthJudge;
import dev.beacon.telemetry.HealthVerdict;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tells the fleet overview (and everything that shows health) each model's health from its enabled alert rules;
 * models without enabled rules are left to the interim rule. Callers have checked the user's rights to the models.
 */
@Component
class RuleHealthJudge implements HealthJudge {

    private final JooqRuleRepository rules;

    RuleHealthJudge(JooqRuleRepository rules) {
        this.rules = rules;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<ModelId, HealthVerdict> judge(Collection<ModelId> models, Instant now) {
        Map<ModelId, List<RuleOverview>> byModel = rules.enabledRulesOf(models).stream()
                .collect(Collectors.groupingBy(overview -> overview.rule().model()));
        Map<ModelId, HealthVerdict> verdicts = new HashMap<>();
        byModel.forEach((model, modelRules) -> verdicts.put(model, RuleHealth.verdict(modelRules)));
        return verdicts;
    }
}
