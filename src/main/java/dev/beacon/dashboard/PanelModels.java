package dev.beacon.dashboard;

import dev.beacon.dashboard.internal.JooqDashboardQuery;
import dev.beacon.dashboard.internal.StoredModel;
import dev.beacon.dashboard.internal.StoredPanel;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rule for models on panels: an editor adds only models they can see themselves; a panel keeps the
 * models already on it that this editor cannot see (they are never sent to them, so they could not send
 * them back). Panels keep their ids when they are saved again; new panels get one.
 */
@Component
class PanelModels {

    record Resolved(List<PanelData> panels, Map<String, String> problems) {
    }

    private final JooqDashboardQuery query;

    PanelModels(JooqDashboardQuery query) {
        this.query = query;
    }

    Resolved resolve(List<PanelData> incoming, List<StoredPanel> stored, Set<TeamId> visibleTeams) {
        Map<PanelId, List<ModelId>> hiddenByPanel = new HashMap<>();
        for (StoredPanel panel : stored) {
            hiddenByPanel.put(panel.id(), panel.models().stream()
                    .filter(model -> !visibleTeams.contains(model.team())).map(StoredModel::id).toList());
        }
        Set<ModelId> named = new HashSet<>();
        incoming.stream().filter(p -> p != null).forEach(panel -> panel.models().stream().filter(m -> m != null).forEach(named::add));
        Map<ModelId, TeamId> teams = named.isEmpty() ? Map.of() : query.teamsOf(named);

        Map<String, String> problems = new LinkedHashMap<>();
        List<PanelData> resolved = new ArrayList<>();
        Set<PanelId> used = new HashSet<>();
        for (int i = 0; i < incoming.size(); i++) {
            PanelData panel = incoming.get(i);
            if (panel == null) {
                resolved.add(null);
                continue;
            }
            PanelId id = panel.id() != null && hiddenByPanel.containsKey(panel.id()) && used.add(panel.id())
                    ? panel.id() : PanelId.random();
            List<ModelId> hidden = hiddenByPanel.getOrDefault(id, List.of());
            List<ModelId> models = new ArrayList<>(panel.models());
            for (ModelId model : panel.models()) {
                TeamId team = model == null ? null : teams.get(model);
                if (model != null && !hidden.contains(model) && (team == null || !visibleTeams.contains(team))) {
                    problems.putIfAbsent("panels[" + i + "].models", "No model you can see has the id " + model);
                }
            }
            hidden.stream().filter(model -> !models.contains(model)).forEach(models::add);
            resolved.add(panel.withId(id).withModels(models));
        }
        return new Resolved(resolved, problems);
    }
}
