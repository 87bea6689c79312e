package dev.beacon.dashboard;

import dev.beacon.alerting.AlertHistoryService;
import dev.beacon.alerting.AlertRuleService;
import dev.beacon.alerting.RuleData;
import dev.beacon.registry.Model;
import dev.beacon.registry.ModelFilter;
import dev.beacon.registry.ModelService;
import dev.beacon.registry.ModelSort;
import dev.beacon.registry.ModelVersionChange;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ModelId;
import dev.beacon.telemetry.ModelSeries;
import dev.beacon.telemetry.ModelSeriesService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a model dashboard shows: the model with its versions and the models it can be compared with, and
 * its series over a time range, with those of a compared model or version window. Every read checks the
 * user's VIEWER role in the model's team, and in the compared model's team too; for others they do not exist.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ModelDashboardService {

    /** The most models offered for comparison. */
    static final int MAX_COMPARABLE = 500;

    private final ModelService models;
    private final ModelSeriesService series;
    private final AlertRuleService alertRules;
    private final AlertHistoryService alertHistory;
    private final Clock clock;

    ModelDashboardService(ModelService models, ModelSeriesService series, AlertRuleService alertRules,
                          AlertHistoryService alertHistory, Clock clock) {
        this.models = models;
        this.series = series;
        this.alertRules = alertRules;
        this.alertHistory = alertHistory;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public DashboardSubject subject(ModelId id) {
        Model model = models.get(id);
        var comparable = models.find(ModelFilter.none(), ModelSort.NAME, true, 0, MAX_COMPARABLE).stream()
                .filter(item -> !item.id().equals(id))
                .toList();
        return new DashboardSubject(id, model.data().name(), model.teamName(), model.data().contextWindow(),
                models.history(id), comparable);
    }

    /**
     * The model's series over the range (a sliding range ends now), the compared series, and the model's enabled
     * alert rules with the periods its alerts were active in the range.
     *
     * @param maxPoints  the most points per series: the width of the charts' plots in pixels
     * @param comparison what to overlay, or null for nothing
     */
    @Transactional(readOnly = true)
    public DashboardData data(ModelId id, TimeRange range, int maxPoints, Comparison comparison) {
        Instant now = clock.instant();
        Instant from = range.from(now);
        Instant to = range.to(now);
        ModelSeries own = series.panels(id, from, to, maxPoints);
        List<RuleData> enabledRules = alertRules.rulesOf(id).stream().map(rule -> rule.rule().data()).filter(RuleData::enabled)
                .toList();
        return new DashboardData(own, comparison == null ? null : compared(id, comparison, from, to, maxPoints), enabledRules,
                alertHistory.firingPeriods(id, latest(from, to.minus(AlertHistoryService.MAX_RANGE)), to));
    }

    private static Instant latest(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }

    private ComparedSeries compared(ModelId id, Comparison comparison, Instant from, Instant to, int maxPoints) {
        return switch (comparison) {
            case Comparison.WithModel(ModelId other) -> {
                // the other model's team is checked too: get() and the series answer "not found" to outsiders
                String otherName = models.get(other).data().name();
                yield new ComparedSeries(otherName, models.get(id).data().name(),
                        series.latencyAndThroughput(other, from, to, maxPoints), Duration.ZERO);
            }
            case Comparison.BeforeVersion(Instant changedAt) -> {
                ModelVersionChange change = models.history(id).stream()
                        .filter(c -> c.previousLabel() != null && c.changedAt().equals(changedAt))
                        .findFirst()
                        .orElseThrow(() -> new InvalidInputException("compare", "This model has no version change at "
                                + changedAt + "; choose one from its version history"));
                Instant start = changedAt.minus(Duration.between(from, to));
                yield new ComparedSeries("before " + change.versionLabel(), "current",
                        series.latencyAndThroughput(id, start, changedAt, maxPoints), Duration.between(start, from));
            }
        };
    }
}
