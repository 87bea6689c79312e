package dev.beacon.alerting;

import dev.beacon.alerting.internal.JooqMaintenanceWindowRepository;
import dev.beacon.registry.ModelDirectory;
import dev.beacon.registry.ModelEntry;
import dev.beacon.security.AuditLog;
import dev.beacon.security.AuditSubject;
import dev.beacon.security.CurrentUser;
import dev.beacon.security.TeamAccess;
import dev.beacon.security.TeamRole;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.StaleDataException;
import dev.beacon.shared.TeamId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Recurring maintenance windows of a team or one of its models, during which alert notices are muted (see
 * {@link MaintenanceSchedule} for how time zones and DST are read). EDITORs and OWNERs add and delete them, VIEWERs
 * list them; other teams' windows answer "not found".
 */
@Service
@PreAuthorize("isAuthenticated()")
public class MaintenanceWindowService {

    private static final String WINDOW = "Maintenance window";

    private final JooqMaintenanceWindowRepository windows;
    private final ModelDirectory directory;
    private final TeamAccess access;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    MaintenanceWindowService(JooqMaintenanceWindowRepository windows, ModelDirectory directory, TeamAccess access,
                             CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.windows = windows;
        this.directory = directory;
        this.access = access;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public MaintenanceWindow create(TeamId team, MaintenanceWindowData data) {
        access.require(team, TeamRole.EDITOR, "Team");
        data.schedule();
        if (data.model() != null && !directory.find(data.model()).map(entry -> entry.team().equals(team)).orElse(false)) {
            throw new NotFoundException("Model");
        }
        MaintenanceWindow window = windows.find(windows.insert(team, data, currentUser.id(), clock.instant())).orElseThrow();
        auditLog.created(subject(window), snapshot(data));
        return window;
    }

    @Transactional(readOnly = true)
    public List<MaintenanceWindow> windows(TeamId team) {
        access.require(team, TeamRole.VIEWER, "Team");
        return windows.ofTeam(team);
    }

    /** Whether the current user may add and delete the team's windows and silences (EDITOR or OWNER). */
    @Transactional(readOnly = true)
    public boolean canEdit(TeamId team) {
        return access.roleIn(team).map(role -> role.includes(TeamRole.EDITOR)).orElse(false);
    }

    /** The team's models, to choose the one a window or silence is for. */
    @Transactional(readOnly = true)
    public List<ModelEntry> models(TeamId team) {
        access.require(team, TeamRole.VIEWER, "Team");
        return directory.modelsOf(team);
    }

    @Transactional
    public void delete(UUID id, int version) {
        MaintenanceWindow window = windows.find(id).orElseThrow(() -> new NotFoundException(WINDOW));
        access.require(window.team(), TeamRole.EDITOR, WINDOW);
        if (!windows.delete(id, version)) {
            throw new StaleDataException("This maintenance window");
        }
        auditLog.deleted(subject(window), snapshot(window.data()));
    }

    private static AuditSubject subject(MaintenanceWindow window) {
        return new AuditSubject(window.team(), WINDOW, window.id().toString(), window.data().name());
    }

    private static Map<String, Object> snapshot(MaintenanceWindowData data) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", data.name());
        state.put("model", data.model() == null ? null : data.model().toString());
        state.put("recurrence", data.recurrence().name());
        state.put("daysOfWeek", data.daysOfWeek().stream().map(Enum::name).sorted().toList());
        state.put("dayOfMonth", data.dayOfMonth());
        state.put("start", data.start().toString());
        state.put("durationMinutes", data.durationMinutes());
        state.put("timeZone", data.timeZone());
        return state;
    }
}
