package dev.beacon.dashboard;

import dev.beacon.dashboard.internal.DashboardHeader;
import dev.beacon.dashboard.internal.JooqDashboardQuery;
import dev.beacon.dashboard.internal.JooqDashboardRepository;
import dev.beacon.dashboard.internal.StoredDashboard;
import dev.beacon.dashboard.internal.StoredPanel;
import dev.beacon.registry.ModelFilter;
import dev.beacon.registry.ModelService;
import dev.beacon.registry.ModelSort;
import dev.beacon.registry.TeamChoice;
import dev.beacon.security.CurrentUser;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.StaleDataException;
import dev.beacon.shared.TeamId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shared dashboards: a team's Editors and Owners create, change, duplicate and delete them; the team's
 * members read them, and everyone signed in when they are shared with everyone (read-only). For anyone
 * else a dashboard does not exist. Each reader sees only the models on its panels they may see
 * themselves. Changes are written with an audit entry in the same transaction.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class DashboardService {

    private final JooqDashboardRepository repository;
    private final JooqDashboardQuery query;
    private final DashboardAccess access;
    private final PanelModels panelModels;
    private final DashboardAudit audit;
    private final ModelService models;
    private final CurrentUser currentUser;
    private final Clock clock;

    DashboardService(JooqDashboardRepository repository, JooqDashboardQuery query, DashboardAccess access,
                     PanelModels panelModels, DashboardAudit audit, ModelService models, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.query = query;
        this.access = access;
        this.panelModels = panelModels;
        this.audit = audit;
        this.models = models;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The dashboards the user may open, favourites first; {@code text} searches name and description. */
    @Transactional(readOnly = true)
    public List<DashboardListItem> list(String text, boolean favouritesOnly) {
        return query.list(access.teamsWhoseModelsICanSee(), currentUser.id(), text, favouritesOnly);
    }

    @Transactional(readOnly = true)
    public Dashboard get(DashboardId id) {
        DashboardHeader header = access.requireReadable(id);
        StoredDashboard stored = query.find(id, currentUser.id()).orElseThrow(() -> new NotFoundException(DashboardAccess.DASHBOARD));
        return asSeen(stored, access.canEdit(header.team()));
    }

    @Transactional
    public Dashboard create(TeamId team, DashboardDefinition data) {
        return create(team, data, Map.of());
    }

    /** Creates the dashboard; {@code origin} says where it came from in its audit entry, e.g. a copy or an import. */
    @Transactional
    Dashboard create(TeamId team, DashboardDefinition data, Map<String, String> origin) {
        access.requireEditorOf(team);
        DashboardDefinition checked = checked(data, List.of());
        DashboardId id;
        try {
            id = repository.insert(team, checked, currentUser.id(), clock.instant());
        } catch (DuplicateKeyException e) {
            throw duplicateName();
        }
        repository.replacePanels(id, checked.panels());
        audit.created(team, id, checked, origin);
        return get(id);
    }

    /** Saves settings and panels if nobody else saved the dashboard since {@code version} was read. */
    @Transactional
    public Dashboard update(DashboardId id, int version, DashboardDefinition data) {
        DashboardHeader header = access.requireEditable(id);
        StoredDashboard before = query.find(id, currentUser.id()).orElseThrow(() -> new NotFoundException(DashboardAccess.DASHBOARD));
        DashboardDefinition checked = checked(data, before.panels());
        try {
            if (!repository.update(id, version, checked, currentUser.id(), clock.instant())) {
                throw new StaleDataException("This dashboard");
            }
        } catch (DuplicateKeyException e) {
            throw duplicateName();
        }
        repository.replacePanels(id, checked.panels());
        audit.updated(header.team(), id, before.toDefinition(), checked);
        return get(id);
    }

    @Transactional
    public void delete(DashboardId id, int version) {
        DashboardHeader header = access.requireEditable(id);
        StoredDashboard before = query.find(id, currentUser.id()).orElseThrow(() -> new NotFoundException(DashboardAccess.DASHBOARD));
        if (!repository.delete(id, version)) {
            throw new StaleDataException("This dashboard");
        }
        audit.deleted(header.team(), id, before.toDefinition());
    }

    /**
     * A copy in a team where the user is an Editor, under a new name (blank: "Copy of …"). It holds the
     * models the user can see; panels left with none are left out.
     */
    @Transactional
    public Dashboard duplicate(DashboardId id, TeamId team, String name) {
        Dashboard source = get(id);
        String copyName = name == null || name.isBlank() ? "Copy of " + source.name() : name.strip();
        List<PanelData> panels = source.panels().stream()
                .filter(panel -> !panel.models().isEmpty())
                .map(panel -> panel.toData().withId(null))
                .toList();
        DashboardDefinition copy = new DashboardDefinition(copyName, source.description(), source.visibility(), panels);
        return create(team, copy, Map.of("copiedFrom", source.name()));
    }

    /** Teams the user may create dashboards in. */
    @Transactional(readOnly = true)
    public List<TeamChoice> teamsICanEditIn() {
        return models.teamsICanEditIn();
    }

    /** Every model the user can see, by team and name: what they may put on a panel. */
    @Transactional(readOnly = true)
    public List<ModelRef> modelChoices() {
        return models.find(ModelFilter.none(), ModelSort.TEAM, true, 0, 5_000).stream()
                .map(model -> new ModelRef(model.id(), model.name(), model.teamName()))
                .toList();
    }

    private DashboardDefinition checked(DashboardDefinition data, List<StoredPanel> stored) {
        PanelModels.Resolved resolved = panelModels.resolve(data.panels(), stored, access.teamsWhoseModelsICanSee());
        DashboardDefinition merged = data.withPanels(resolved.panels());
        Map<String, String> problems = new LinkedHashMap<>(DashboardChecks.problems(merged));
        resolved.problems().forEach(problems::putIfAbsent);
        if (!problems.isEmpty()) {
            throw new InvalidDashboardException(problems);
        }
        return merged;
    }

    private Dashboard asSeen(StoredDashboard stored, boolean editable) {
        Set<TeamId> visible = access.teamsWhoseModelsICanSee();
        List<Panel> panels = stored.panels().stream().map(panel -> {
            List<ModelRef> shown = panel.models().stream().filter(model -> visible.contains(model.team()))
                    .map(model -> new ModelRef(model.id(), model.name(), model.teamName())).toList();
            return new Panel(panel.id(), panel.title(), panel.metric(), panel.scoreName(), panel.aggregation(), panel.chart(),
                    panel.width(), panel.height(), shown, panel.models().size() - shown.size());
        }).toList();
        return new Dashboard(stored.id(), stored.version(), stored.team(), stored.teamName(), stored.name(),
                stored.description(), stored.visibility(), panels, editable, stored.favourite(), stored.home(),
                stored.updatedAt(), stored.updatedBy());
    }

    private static InvalidInputException duplicateName() {
        return new InvalidInputException("name", "The team already has a dashboard with this name");
    }
}
