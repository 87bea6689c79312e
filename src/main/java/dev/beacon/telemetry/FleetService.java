package dev.beacon.telemetry;

import dev.beacon.registry.ModelDirectory;
import dev.beacon.registry.ModelEntry;
import dev.beacon.registry.ModelFilter;
import dev.beacon.registry.ModelListItem;
import dev.beacon.registry.ModelService;
import dev.beacon.registry.ModelSort;
import dev.beacon.registry.ModelStatus;
import dev.beacon.registry.TeamChoice;
import dev.beacon.security.TeamAccess;
import dev.beacon.security.TeamRole;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import dev.beacon.telemetry.internal.JooqFleetQuery;
import dev.beacon.telemetry.internal.MonitorCheckRow;
import dev.beacon.telemetry.rollup.Aggregate;
import dev.beacon.telemetry.rollup.Distribution;
import dev.beacon.telemetry.rollup.Resolution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fleet overview, Beacon's home page: every model of the user's teams (retired ones aside) with its
 * health, its last 15 minutes' figures, its last hour per minute and its latest probe. Whatever the number
 * of models, it reads them in a fixed handful of queries: the models (through {@link ModelService}, which
 * applies the user's teams), their monitoring settings, all their minute rollups of the hour, and all their
 * latest probes. A model of a team the user is not in is never read. Health comes from the alert rules
 * ({@link HealthJudge}) for models that have enabled rules, and from {@link InterimHealth} for the others.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class FleetService {

    /** The most models the overview shows at once; more need a filter. */
    public static final int MAX_MODELS = 1_000;
    private static final Set<Distribution> DISTRIBUTIONS = EnumSet.of(Distribution.LATENCY, Distribution.CONTEXT_USE);

    private final ModelService models;
    private final ModelDirectory directory;
    private final JooqFleetQuery query;
    private final ObjectProvider<HealthJudge> judges;
    private final TeamAccess access;
    private final Clock clock;

    FleetService(ModelService models, ModelDirectory directory, JooqFleetQuery query, ObjectProvider<HealthJudge> judges,
                 TeamAccess access, Clock clock) {
        this.models = models;
        this.directory = directory;
        this.query = query;
        this.judges = judges;
        this.access = access;
        this.clock = clock;
    }

    /** One model's health, as the fleet overview shows it; VIEWERs of its team may read it. */
    @Transactional(readOnly = true)
    public HealthVerdict health(ModelId model) {
        ModelEntry entry = directory.find(model).orElseThrow(() -> new NotFoundException("Model"));
        access.require(entry.team(), TeamRole.VIEWER, "Model");
        Instant now = clock.instant();
        Instant currentMinute = Resolution.MINUTE.bucketOf(now);
        Instant windowStart = currentMinute.minus(InterimHealth.ERROR_RATE_WINDOW).plus(Duration.ofMinutes(1));
        SortedMap<Instant, Aggregate> minutes = query.minutes(List.of(model), windowStart, currentMinute.plus(Duration.ofMinutes(1)),
                DISTRIBUTIONS).getOrDefault(model, new TreeMap<>());
        Map<ModelId, HealthVerdict> judged = judged(List.of(model), now);
        return judged.containsKey(model) ? judged.get(model)
                : interimHealth(entry, recent(minutes, windowStart), query.lastProbes(List.of(model)).get(model), now);
    }

    @Transactional(readOnly = true)
    public FleetOverview overview(FleetFilter filter, FleetSort sort) {
        Instant now = clock.instant();
        List<ModelListItem> found = models.find(new ModelFilter(filter.team(), filter.runtime(), null, filter.tag(), filter.text()),
                ModelSort.TEAM, true, 0, MAX_MODELS + 1);
        boolean truncated = found.size() > MAX_MODELS;
        List<ModelListItem> shown = found.stream().limit(MAX_MODELS)
                .filter(model -> model.status() != ModelStatus.RETIRED).toList();
        List<ModelId> ids = shown.stream().map(ModelListItem::id).toList();

        Instant currentMinute = Resolution.MINUTE.bucketOf(now);
        Instant hourStart = currentMinute.minus(FleetSparkline.SPAN);
        Instant windowStart = currentMinute.minus(InterimHealth.ERROR_RATE_WINDOW).plus(Duration.ofMinutes(1));
        Map<ModelId, ModelEntry> settings = directory.entries(ids).stream()
                .collect(Collectors.toMap(ModelEntry::id, Function.identity()));
        Map<ModelId, SortedMap<Instant, Aggregate>> minutes = query.minutes(ids, hourStart, currentMinute.plus(Duration.ofMinutes(1)),
                DISTRIBUTIONS);
        Map<ModelId, MonitorCheckRow> probes = query.lastProbes(ids);

        Window window = new Window(hourStart, windowStart, currentMinute, now);
        Map<ModelId, HealthVerdict> judged = judged(ids, now);
        List<FleetModel> all = shown.stream()
                .filter(model -> settings.containsKey(model.id()))
                .map(model -> fleetModel(model, settings.get(model.id()), minutes.getOrDefault(model.id(), new TreeMap<>()),
                        probes.get(model.id()), window, judged.get(model.id())))
                .toList();
        Map<ModelHealth, Integer> counts = new EnumMap<>(ModelHealth.class);
        all.forEach(model -> counts.merge(model.healthLevel(), 1, Integer::sum));
        List<FleetModel> fleet = all.stream()
                .filter(model -> filter.health() == null || model.healthLevel() == filter.health())
                .sorted(sort.comparator())
                .toList();
        return new FleetOverview(now, counts, byTeam(fleet, sort), truncated);
    }

    /** Teams whose models the user can see, for the team filter. */
    @Transactional(readOnly = true)
    public List<TeamChoice> teams() {
        return models.teamsICanSee();
    }

    /** Every tag of a model the user can see, for the tag filter. */
    @Transactional(readOnly = true)
    public List<String> tags() {
        return models.knownTags();
    }

    /** Whether the user may register models (an EDITOR of some team), for the empty overview's advice. */
    @Transactional(readOnly = true)
    public boolean canRegisterModels() {
        return !models.teamsICanEditIn().isEmpty();
    }

    /** The hour of the sparkline, and the figures' window: its last minutes, the one under way included. */
    private record Window(Instant hourStart, Instant figuresStart, Instant currentMinute, Instant now) {
    }

    /** The verdicts of the alert rules' judge, for the models it judges (none without the alerting module). */
    private Map<ModelId, HealthVerdict> judged(List<ModelId> ids, Instant now) {
        HealthJudge judge = judges.getIfAvailable();
        return judge == null || ids.isEmpty() ? Map.of() : judge.judge(ids, now);
    }

    private static Aggregate recent(SortedMap<Instant, Aggregate> minutes, Instant since) {
        Aggregate recent = new Aggregate();
        minutes.tailMap(since).values().forEach(recent::merge);
        return recent;
    }

    private static HealthVerdict interimHealth(ModelEntry entry, Aggregate recent, MonitorCheckRow probe, Instant now) {
        return InterimHealth.assess(new HealthSignals(entry.probeEnabled(), Duration.ofSeconds(entry.probeIntervalSeconds()),
                probe == null ? null : ProbeState.valueOf(probe.outcome()), probe == null ? null : probe.checkedAt(),
                recent.requests(), recent.errors(), now));
    }

    /** @param judged the alert rules' verdict, or null for a model without rules (judged by the interim rule) */
    private static FleetModel fleetModel(ModelListItem model, ModelEntry entry, SortedMap<Instant, Aggregate> minutes,
                                         MonitorCheckRow probe, Window window, HealthVerdict judged) {
        Aggregate recent = recent(minutes, window.figuresStart());
        FleetFigures figures = FleetFigures.of(recent, Duration.between(window.figuresStart(), window.now()));
        HealthVerdict health = judged != null ? judged : interimHealth(entry, recent, probe, window.now());
        MonitorCheck lastProbe = probe == null ? null : new MonitorCheck(probe.checkedAt(), probe.durationMs(), probe.outcome(),
                probe.errorClass(), CheckFailure.describe(probe.errorClass()), probe.detail());
        return new FleetModel(model.id(), model.team(), model.teamName(), model.name(), model.runtime(), model.versionLabel(),
                model.status(), model.tags(), entry.probeEnabled(), health, figures, lastProbe,
                FleetSparkline.of(minutes, window.hourStart(), window.currentMinute()));
    }

    /**
     * Groups the sorted models by team. Sorted by name, teams go by name too; otherwise a team comes where
     * its first model does, so the team of the worst (slowest, busiest…) model comes first.
     */
    private static List<FleetTeam> byTeam(List<FleetModel> fleet, FleetSort sort) {
        Map<TeamId, List<FleetModel>> grouped = new LinkedHashMap<>();
        fleet.forEach(model -> grouped.computeIfAbsent(model.team(), team -> new ArrayList<>()).add(model));
        List<FleetTeam> teams = grouped.values().stream()
                .map(members -> new FleetTeam(members.getFirst().team(), members.getFirst().teamName(), members))
                .toList();
        if (sort == FleetSort.NAME) {
            return teams.stream().sorted(Comparator.comparing((FleetTeam team) -> team.name().toLowerCase())).toList();
        }
        return teams;
    }
}
