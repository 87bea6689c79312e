package dev.beacon.demo;

import dev.beacon.alerting.AlertMetric;
import dev.beacon.alerting.AlertRuleService;
import dev.beacon.alerting.NoDataMode;
import dev.beacon.alerting.RuleData;
import dev.beacon.alerting.ThresholdComparator;
import dev.beacon.registry.ModelFilter;
import dev.beacon.registry.ModelService;
import dev.beacon.registry.ModelSort;
import dev.beacon.security.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Gives the demo models alert rules, so the demo fleet's health is driven by rules: the latency spikes of
 * llama-3.1-70b-instruct turn it Warning, then Critical; the error bursts of support-assistant do the same with its
 * error rate; the Smoke QA accuracy of mistral-7b-support-ft, which drifts down minutes after the start, turns it
 * Warning, then Critical. Thresholds sit above each model's usual figures (its simulated traffic profile: llama's
 * quiet-hour p95 is about 25 s, from few and long answers), so only the scheduled degradations fire them. A model
 * that has any rule already is left alone, so restarts never duplicate rules nor undo a team's changes.
 */
@Component
@Profile("demo")
@Order(20)
class DemoAlertRules implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAlertRules.class);

    private static final Map<String, List<RuleData>> RULES = Map.of(
            "llama-3.1-70b-instruct", List.of(rule(AlertMetric.LATENCY_P95, 40_000, 50_000, 10),
                    rule(AlertMetric.ERROR_RATE, 5, 20, 20)),
            "support-assistant", List.of(rule(AlertMetric.ERROR_RATE, 5, 20, 20),
                    rule(AlertMetric.LATENCY_P95, 60_000, 120_000, 10)),
            "qwen2.5-coder-32b", List.of(rule(AlertMetric.LATENCY_P95, 30_000, 60_000, 10)),
            "ticket-triage", List.of(rule(AlertMetric.ERROR_RATE, 5, 20, 20)),
            DemoSmokeQa.DRIFTING_MODEL, List.of(accuracyRule()));

    private final RunAs runAs;
    private final ModelService models;
    private final AlertRuleService rules;

    DemoAlertRules(RunAs runAs, ModelService models, AlertRuleService rules) {
        this.runAs = runAs;
        this.models = models;
        this.rules = rules;
    }

    /** Above the thresholds over 5 minutes, for a minute, with enough requests to mean something. */
    private static RuleData rule(AlertMetric metric, double warning, double critical, int minRequests) {
        return new RuleData(metric, null, ThresholdComparator.ABOVE, warning, critical, 300, 60, minRequests, NoDataMode.OK,
                null, true, null, "Demo rule");
    }

    /**
     * The drifting model's Smoke QA accuracy below 0.9 (warning) or 0.8 (critical). Its runs come every 5 minutes, so a
     * 10-minute window always holds one or two and the alert never flips to "no data" between them.
     */
    private static RuleData accuracyRule() {
        return new RuleData(AlertMetric.EVAL_SCORE, "accuracy", ThresholdComparator.BELOW, 0.9, 0.8, 600, 0, 0, NoDataMode.OK,
                null, true, null, "Demo rule: Smoke QA runs on this model every 5 minutes");
    }

    @Override
    public void run(ApplicationArguments args) {
        int added = runAs.user("admin", () -> {
            int count = 0;
            for (var entry : RULES.entrySet()) {
                var found = models.find(new ModelFilter(null, null, null, null, entry.getKey()), ModelSort.NAME, true, 0, 10).stream()
                        .filter(model -> model.name().equals(entry.getKey())).findFirst();
                if (found.isEmpty() || !rules.rulesOf(found.get().id()).isEmpty()) {
                    continue;
                }
                for (RuleData rule : entry.getValue()) {
                    rules.create(found.get().id(), rule);
                    count++;
                }
            }
            return count;
        });
        if (added > 0) {
            log.info("Added {} demo alert rules", added);
        }
    }
}
