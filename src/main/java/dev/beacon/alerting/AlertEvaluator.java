package dev.beacon.alerting;

import dev.beacon.alerting.internal.EvaluationTarget;
import dev.beacon.alerting.internal.JooqEvaluationRepository;
import dev.beacon.shared.ModelId;
import dev.beacon.telemetry.TelemetryMetric;
import dev.beacon.telemetry.WindowReading;
import dev.beacon.telemetry.WindowReadings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * One evaluation cycle of every rule: reads each window's figures of all models in one query of the rollups
 * (never the raw rows), moves each rule's state, stores every state and transition, and publishes one
 * {@link AlertTransitioned} per transition — all in one transaction, with the notices {@link AlertNotifier} queues for
 * them and its "still firing" reminders for alerts that kept firing. A cycle is the interval its time falls in;
 * the instance that claims it first evaluates it, any other skips it (exactly once across instances).
 * Windows end at the start of the current minute: the minute under way is incomplete, and a rate over part of
 * it would mislead.
 */
@Component
public class AlertEvaluator {

    private static final Logger log = LoggerFactory.getLogger(AlertEvaluator.class);

    private final JooqEvaluationRepository repository;
    private final WindowReadings readings;
    private final ApplicationEventPublisher events;
    private final AlertingProperties properties;
    private final AlertNotifier notifier;
    private final Clock clock;
    /** Who claimed a cycle, as alert_cycle.evaluated_by shows it: unique per instance, also for two in one process. */
    private final String instance = "pid " + ProcessHandle.current().pid() + " " + UUID.randomUUID().toString().substring(0, 8);
    /** The latest cycle this instance claimed or found claimed. */
    private final AtomicReference<Instant> lastClaimed = new AtomicReference<>();

    AlertEvaluator(JooqEvaluationRepository repository, WindowReadings readings, ApplicationEventPublisher events,
                   AlertingProperties properties, AlertNotifier notifier, Clock clock) {
        this.notifier = notifier;
        this.repository = repository;
        this.readings = readings;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** What one call did. {@code evaluated} is false when another instance (or an earlier call) had the cycle. */
    public record Cycle(Instant start, boolean evaluated, int rules, List<AlertTransition> transitions) {
    }

    public String instanceName() {
        return instance;
    }

    /** Whether the current cycle may still need evaluating: this instance has not yet seen it claimed. */
    boolean cycleIsOpen() {
        return !cycleOf(clock.instant()).equals(lastClaimed.get());
    }

    /** Evaluates the current cycle, unless it was evaluated already. */
    @Transactional
    public Cycle runOnce() {
        long started = System.nanoTime();
        Instant now = clock.instant();
        Instant cycleStart = cycleOf(now);
        boolean claimed = repository.claimCycle(cycleStart, now, instance);
        lastClaimed.set(cycleStart);
        if (!claimed) {
            return new Cycle(cycleStart, false, 0, List.of());
        }
        List<EvaluationTarget> targets = repository.targets();
        Map<RuleId, Double> values = values(targets, now);
        Map<RuleId, RuleState> states = new LinkedHashMap<>();
        List<AlertTransition> transitions = new ArrayList<>();
        List<AlertNotifier.StillFiring> stillFiring = new ArrayList<>();
        for (EvaluationTarget target : targets) {
            RuleState current = target.state() != null ? target.state() : RuleState.initial(now);
            RuleData rule = target.modelRetired() ? target.data().withEnabled(false) : target.data();
            AlertStateMachine.Step step = AlertStateMachine.evaluate(rule, current, values.get(target.rule()), now);
            states.put(target.rule(), step.next());
            if (step.change().isEmpty() && step.next().state() == AlertState.FIRING) {
                stillFiring.add(new AlertNotifier.StillFiring(target, step.next()));
            }
            step.change().ifPresent(change -> {
                AlertTransition transition = new AlertTransition(target.rule(), target.model(), rule.summary(), change.from(),
                        change.to(), change.severity(), change.observedValue(), change.threshold(), rule.metric().unit(), now, null);
                transitions.add(transition);
                events.publishEvent(new AlertTransitioned(target.team(), target.model(), target.modelName(), target.rule(),
                        transition.ruleSummary(), change.from(), change.to(), change.severity(), change.observedValue(),
                        change.threshold(), rule.metric().unit(), now, rule.runbookUrl(), target.opensTicketOnCritical()));
            });
        }
        repository.saveStates(states, now);
        repository.insertTransitions(transitions);
        notifier.remind(stillFiring, now);
        repository.finishCycle(cycleStart, targets.size(), transitions.size(), (System.nanoTime() - started) / 1e6);
        if (!transitions.isEmpty()) {
            log.debug("Alert cycle {}: {} rules, {} transitions", cycleStart, targets.size(), transitions.size());
        }
        return new Cycle(cycleStart, true, targets.size(), transitions);
    }

    private Instant cycleOf(Instant now) {
        long interval = properties.interval().toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), interval) * interval);
    }

    /** Each enabled rule's value: one read of the rollups per distinct window length. */
    private Map<RuleId, Double> values(List<EvaluationTarget> targets, Instant now) {
        Instant end = now.truncatedTo(ChronoUnit.MINUTES);
        Map<Integer, List<EvaluationTarget>> byWindow = targets.stream()
                .filter(target -> target.data().enabled() && !target.modelRetired())
                .collect(Collectors.groupingBy(target -> target.data().windowSeconds()));
        Map<RuleId, Double> values = new HashMap<>();
        byWindow.forEach((seconds, rules) -> {
            Set<ModelId> models = rules.stream().map(EvaluationTarget::model).collect(Collectors.toSet());
            Set<TelemetryMetric> metrics = EnumSet.noneOf(TelemetryMetric.class);
            rules.forEach(rule -> rule.data().metric().telemetry().ifPresent(metrics::add));
            boolean scores = rules.stream().anyMatch(rule -> rule.data().metric() == AlertMetric.EVAL_SCORE);
            Map<ModelId, WindowReading> window = readings.read(models, end.minus(Duration.ofSeconds(seconds)), end, metrics, scores);
            for (EvaluationTarget rule : rules) {
                RuleData data = rule.data();
                Double value = data.metric().valueIn(window.get(rule.model()), data.minRequests(), data.scoreName());
                if (value != null) {
                    values.put(rule.rule(), value);
                }
            }
        });
        return values;
    }
}
