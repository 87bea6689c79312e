package dev.beacon.dashboard;

import dev.beacon.dashboard.internal.JooqDashboardQuery;
import dev.beacon.dashboard.internal.StoredDashboard;
import dev.beacon.dashboard.internal.StoredModel;
import dev.beacon.registry.ModelFilter;
import dev.beacon.registry.ModelListItem;
import dev.beacon.registry.ModelService;
import dev.beacon.registry.ModelSort;
import dev.beacon.security.CurrentUser;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.TeamId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dashboards as JSON (config as code): export one the user may open, import one into a team where the
 * user is an Editor. An import that is not valid JSON, of an unknown format version, or that names models
 * the user cannot see is refused with every problem named, and creates nothing.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class DashboardTransfer {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final DashboardService dashboards;
    private final DashboardAccess access;
    private final JooqDashboardQuery query;
    private final ModelService models;
    private final CurrentUser currentUser;

    DashboardTransfer(DashboardService dashboards, DashboardAccess access, JooqDashboardQuery query, ModelService models,
                      CurrentUser currentUser) {
        this.dashboards = dashboards;
        this.access = access;
        this.query = query;
        this.models = models;
        this.currentUser = currentUser;
    }

    /** The dashboard in the JSON format; models the user cannot see appear by id only. */
    @Transactional(readOnly = true)
    public DashboardDocument export(DashboardId id) {
        access.requireReadable(id);
        StoredDashboard stored = query.find(id, currentUser.id()).orElseThrow(() -> new NotFoundException(DashboardAccess.DASHBOARD));
        Set<TeamId> visible = access.teamsWhoseModelsICanSee();
        List<DashboardDocument.DocumentPanel> panels = stored.panels().stream().map(panel -> new DashboardDocument.DocumentPanel(
                panel.title(), panel.metric().apiName(), panel.aggregation().apiName(), panel.chart().apiName(),
                panel.scoreName(), panel.width(), panel.height(),
                panel.models().stream().map(model -> reference(model, visible)).toList())).toList();
        return new DashboardDocument(DashboardDocument.FORMAT_VERSION, stored.name(), stored.description(),
                stored.visibility().apiName(), panels);
    }

    @Transactional(readOnly = true)
    public String exportJson(DashboardId id) {
        return JSON.writeValueAsString(export(id));
    }

    /**
     * Creates a dashboard in the team from a JSON document.
     *
     * @param name the new dashboard's name; blank: the document's
     */
    @Transactional
    public Dashboard importJson(TeamId team, String json, String name) {
        access.requireEditorOf(team);
        DashboardDocument document = DocumentReader.read(json);
        Map<String, String> problems = new LinkedHashMap<>();
        DashboardDefinition data = new DocumentData(visibleModels(), team, problems).from(document,
                name == null || name.isBlank() ? document.name() : name.strip());
        if (!problems.isEmpty()) {
            throw new InvalidDashboardException(problems);
        }
        return dashboards.create(team, data, Map.of("importedFrom", "JSON, format version " + document.formatVersion()));
    }

    private List<ModelListItem> visibleModels() {
        return new ArrayList<>(models.find(ModelFilter.none(), ModelSort.NAME, true, 0, 5_000));
    }

    private static DashboardDocument.DocumentModel reference(StoredModel model, Set<TeamId> visible) {
        return visible.contains(model.team())
                ? new DashboardDocument.DocumentModel(model.id().toString(), model.name(), model.teamName())
                : new DashboardDocument.DocumentModel(model.id().toString(), null, null);
    }
}
