package dev.beacon.alerting;

import dev.beacon.alerting.internal.JooqAlertQuery;
import dev.beacon.alerting.internal.JooqRuleRepository;
import dev.beacon.registry.ModelDirectory;
import dev.beacon.registry.ModelEntry;
import dev.beacon.security.TeamAccess;
import dev.beacon.security.TeamRole;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.NotFoundException;
import dev.beacon.telemetry.FleetService;
import dev.beacon.telemetry.HealthVerdict;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A model's alerts for people: its health now, the active alerts, the history of transitions, the firing periods
 * (the dashboard's bands) and the health timeline. VIEWERs of the model's team may read; for everyone else the model
 * does not exist.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class AlertHistoryService {

    public static final int MAX_HISTORY = 500;
    /** The longest range firingPeriods and healthTimeline answer for. */
    public static final Duration MAX_RANGE = Duration.ofDays(400);

    private final JooqAlertQuery query;
    private final JooqRuleRepository rules;
    private final ModelDirectory directory;
    private final TeamAccess access;
    private final FleetService fleet;
    private final Clock clock;

    AlertHistoryService(JooqAlertQuery query, JooqRuleRepository rules, ModelDirectory directory, TeamAccess access,
                        FleetService fleet, Clock clock) {
        this.clock = clock;
        this.query = query;
        this.rules = rules;
        this.directory = directory;
        this.access = access;
        this.fleet = fleet;
    }

    /** The model's health as the fleet overview shows it: from its alert rules, or the interim rule without any. */
    @Transactional(readOnly = true)
    public HealthVerdict health(ModelId model) {
        return fleet.health(model);
    }

    /** The model's rules whose alert is active (firing or without data), worst first. */
    @Transactional(readOnly = true)
    public List<RuleOverview> activeAlerts(ModelId model) {
        requireReadable(model);
        return rules.rulesOf(model, null).stream()
                .filter(rule -> rule.currentState().isActive())
                .sorted(java.util.Comparator.comparing((RuleOverview rule) -> rule.state().severity() == Severity.CRITICAL ? 0 : 1))
                .toList();
    }

    /** The model's latest transitions, newest first. */
    @Transactional(readOnly = true)
    public List<AlertTransition> history(ModelId model, int limit) {
        requireReadable(model);
        if (limit < 1 || limit > MAX_HISTORY) {
            throw new InvalidInputException("limit", "Ask for 1 to " + MAX_HISTORY + " transitions");
        }
        return query.history(model, limit);
    }

    /** When each of the model's rules was firing within [from, to). */
    @Transactional(readOnly = true)
    public List<FiringPeriod> firingPeriods(ModelId model, Instant from, Instant to) {
        requireReadable(model);
        requireRange(from, to);
        Map<RuleId, AlertMetric> metrics = new HashMap<>();
        rules.rulesOf(model, null).forEach(rule -> metrics.put(rule.rule().id(), rule.rule().data().metric()));
        return FiringPeriods.of(query.transitions(model, from, to), metrics, from, to);
    }

    /** The model's health over the last 24 hours, for the model page. */
    @Transactional(readOnly = true)
    public HealthTimeline lastDay(ModelId model) {
        Instant to = clock.instant();
        Instant from = to.minus(Duration.ofDays(1));
        return new HealthTimeline(from, to, healthTimeline(model, from, to));
    }

    /** The model's health over [from, to): Critical, Warning or Good by its alert rules. */
    @Transactional(readOnly = true)
    public List<HealthPeriod> healthTimeline(ModelId model, Instant from, Instant to) {
        return FiringPeriods.timeline(firingPeriods(model, from, to), from, to);
    }

    private void requireReadable(ModelId model) {
        ModelEntry entry = directory.find(model).orElseThrow(() -> new NotFoundException("Model"));
        access.require(entry.team(), TeamRole.VIEWER, "Model");
    }

    private static void requireRange(Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to) || Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
            throw new InvalidInputException("from", "Choose a range of at most 400 days whose start lies before its end");
        }
    }
}
