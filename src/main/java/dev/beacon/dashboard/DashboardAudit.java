package dev.beacon.dashboard;

import dev.beacon.security.AuditLog;
import dev.beacon.security.AuditSubject;
import dev.beacon.shared.TeamId;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The audit entries of dashboards, written in the caller's transaction with the dashboard's team.
 * Panels are described by what they show and how many models they have, never by model names: the
 * team's owners read the entries, and they need not see every model on a panel.
 */
@Component
class DashboardAudit {

    private final AuditLog auditLog;

    DashboardAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    void created(TeamId team, DashboardId id, DashboardDefinition data, Map<String, String> origin) {
        Map<String, Object> state = snapshot(data);
        state.put("visibility", data.visibility().apiName());
        state.putAll(origin);
        auditLog.created(subject(team, id, data.name()), state);
    }

    /** The changed settings and panels; a change of who may open it is a "SHARED" entry of its own. */
    void updated(TeamId team, DashboardId id, DashboardDefinition before, DashboardDefinition after) {
        AuditSubject subject = subject(team, id, after.name());
        auditLog.updated(subject, snapshot(before), snapshot(after));
        if (before.visibility() != after.visibility()) {
            auditLog.recorded(subject, "SHARED", after.visibility() == Visibility.EVERYONE
                    ? "Shared dashboard " + after.name() + " read-only with everyone signed in"
                    : "Limited dashboard " + after.name() + " to its team");
        }
    }

    void deleted(TeamId team, DashboardId id, DashboardDefinition data) {
        Map<String, Object> state = snapshot(data);
        state.put("visibility", data.visibility().apiName());
        auditLog.deleted(subject(team, id, data.name()), state);
    }

    private static AuditSubject subject(TeamId team, DashboardId id, String name) {
        return new AuditSubject(team, DashboardAccess.DASHBOARD, id.toString(), name);
    }

    private static Map<String, Object> snapshot(DashboardDefinition data) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", data.name());
        state.put("description", data.description());
        state.put("panels", data.panels().stream().map(DashboardAudit::describe).collect(Collectors.joining("; ")));
        return state;
    }

    /** e.g. "latency p95 line 6×3, 2 models". */
    private static String describe(PanelData panel) {
        String what = panel.metric() == PanelMetric.SCORE ? "score " + panel.scoreName() : panel.metric().apiName();
        return what + " " + panel.aggregation().apiName() + " " + panel.chart().apiName() + " " + panel.width() + "×"
                + panel.height() + ", " + panel.models().size() + (panel.models().size() == 1 ? " model" : " models");
    }
}
