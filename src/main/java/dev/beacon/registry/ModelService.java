package dev.beacon.registry;

import dev.beacon.registry.internal.JooqModelQuery;
import dev.beacon.registry.internal.JooqModelRepository;
import dev.beacon.security.AuditLog;
import dev.beacon.security.AuditSubject;
import dev.beacon.security.CurrentUser;
import dev.beacon.security.TeamAccess;
import dev.beacon.security.TeamRole;
import dev.beacon.security.TeamService;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.StaleDataException;
import dev.beacon.shared.TeamId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Registers and edits models. Every method checks the caller's role in the model's team:
 * VIEWERs read, EDITORs register and edit, OWNERs also delete. Models of other teams answer
 * "not found", exactly like models that do not exist.
 */
@Service
@Validated
@PreAuthorize("isAuthenticated()")
public class ModelService {

    private static final String MODEL = "Model";

    private final JooqModelRepository repository;
    private final JooqModelQuery query;
    private final TeamAccess access;
    private final TeamService teams;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ModelService(JooqModelRepository repository, JooqModelQuery query, TeamAccess access, TeamService teams,
                 CurrentUser currentUser, AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.query = query;
        this.access = access;
        this.teams = teams;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ModelListItem> find(ModelFilter filter, ModelSort sort, boolean ascending, int offset, int limit) {
        return query.find(filter, access.readableTeams(), sort, ascending, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(ModelFilter filter) {
        return query.count(filter, access.readableTeams());
    }

    @Transactional(readOnly = true)
    public Model get(ModelId id) {
        requireRole(id, TeamRole.VIEWER);
        return query.find(id).orElseThrow(() -> new NotFoundException(MODEL));
    }

    @Transactional(readOnly = true)
    public List<ModelVersionChange> history(ModelId id) {
        requireRole(id, TeamRole.VIEWER);
        return query.history(id);
    }

    /** The current user's role in the model's team, to decide which actions a page offers. */
    @Transactional(readOnly = true)
    public TeamRole myRole(ModelId id) {
        return requireRole(id, TeamRole.VIEWER);
    }

    /** Teams the current user may register models in. */
    @Transactional(readOnly = true)
    public List<TeamChoice> teamsICanEditIn() {
        Set<TeamId> editable = access.teamsWithRole(TeamRole.EDITOR);
        return teams.myTeams().stream()
                .filter(team -> editable.contains(team.id()))
                .map(team -> new TeamChoice(team.id(), team.name()))
                .toList();
    }

    /** Teams whose models the current user can see, for the list's team filter. */
    @Transactional(readOnly = true)
    public List<TeamChoice> teamsICanSee() {
        return teams.myTeams().stream().map(team -> new TeamChoice(team.id(), team.name())).toList();
    }

    @Transactional(readOnly = true)
    public List<String> knownTags() {
        return query.tags(access.readableTeams());
    }

    @Transactional
    public Model register(TeamId team, @Valid ModelData data) {
        access.require(team, TeamRole.EDITOR, "Team");
        ModelData clean = data.normalized();
        requireTimeoutsWithinIntervals(clean.monitoring());
        Instant now = clock.instant();
        ModelId id;
        try {
            id = repository.insert(team, clean, currentUser.id(), now);
        } catch (DuplicateKeyException e) {
            throw duplicateName();
        }
        repository.recordVersion(id, clean.versionLabel(), null, "Registered", currentUser.id(), now);
        Model model = query.find(id).orElseThrow();
        auditLog.created(subject(model), snapshot(clean));
        events.publishEvent(new ModelSaved(id, team));
        return model;
    }

    /**
     * Saves the model if nobody else changed it since {@code version} was read.
     *
     * @param versionNote why the version label changed; kept in the version history
     */
    @Transactional
    public Model update(ModelId id, int version, @Valid ModelData data,
                        @Size(max = ModelVersionChange.MAX_NOTE, message = ModelData.AT_MOST) String versionNote) {
        requireRole(id, TeamRole.EDITOR);
        Model before = query.find(id).orElseThrow(() -> new NotFoundException(MODEL));
        ModelData clean = data.normalized();
        requireTimeoutsWithinIntervals(clean.monitoring());
        Instant now = clock.instant();
        try {
            if (!repository.update(id, version, clean, currentUser.id(), now)) {
                throw new StaleDataException("This model");
            }
        } catch (DuplicateKeyException e) {
            throw duplicateName();
        }
        if (!Objects.equals(before.data().versionLabel(), clean.versionLabel())) {
            repository.recordVersion(id, clean.versionLabel(), before.data().versionLabel(), versionNote, currentUser.id(), now);
        }
        Model after = query.find(id).orElseThrow();
        auditLog.updated(subject(after), snapshot(before.data()), snapshot(clean));
        events.publishEvent(new ModelSaved(id, after.team()));
        return after;
    }

    /**
     * Puts a new version of the model into service as the result of a piece of work (a completed model update or
     * retraining ticket): the label changes and the version history names the work, in the caller's transaction.
     * EDITORs and OWNERs of the model's team only. The same label again changes nothing.
     *
     * @param ticketRef  how people name the work, e.g. "#12"
     * @param ticketPath where it is in Beacon, e.g. "tickets/…"
     */
    @Transactional
    public Model recordNewVersion(ModelId id, String label, String note, String ticketRef, String ticketPath) {
        requireRole(id, TeamRole.EDITOR);
        Model before = query.find(id).orElseThrow(() -> new NotFoundException(MODEL));
        String clean = label == null ? "" : label.strip();
        if (clean.isEmpty() || clean.length() > ModelData.MAX_VERSION_LABEL) {
            throw new InvalidInputException("versionLabel", "Enter the new version label (at most " + ModelData.MAX_VERSION_LABEL + " characters)");
        }
        if (clean.equals(before.data().versionLabel())) {
            return before;
        }
        Instant now = clock.instant();
        repository.changeVersionLabel(id, clean, currentUser.id(), now);
        repository.recordVersion(id, clean, before.data().versionLabel(), note, currentUser.id(), now, ticketRef, ticketPath);
        Model after = query.find(id).orElseThrow();
        auditLog.updated(subject(after), snapshot(before.data()), snapshot(after.data()));
        events.publishEvent(new ModelSaved(id, after.team()));
        return after;
    }

    /** Deletes the model and its history for good. Only team OWNERs may do this; editors retire instead. */
    @Transactional
    public void delete(ModelId id, int version) {
        requireRole(id, TeamRole.OWNER);
        Model model = query.find(id).orElseThrow(() -> new NotFoundException(MODEL));
        if (!repository.delete(id, version)) {
            throw new StaleDataException("This model");
        }
        auditLog.deleted(subject(model), snapshot(model.data()));
        events.publishEvent(new ModelDeleted(id, model.team()));
    }

    private TeamRole requireRole(ModelId id, TeamRole minimum) {
        TeamId team = repository.teamOf(id).orElseThrow(() -> new NotFoundException(MODEL));
        return access.require(team, minimum, MODEL);
    }

    /** A scrape or probe that may take longer than its interval would overlap the next one. */
    private static void requireTimeoutsWithinIntervals(ModelMonitoring monitoring) {
        if (monitoring.scrapeTimeoutSeconds() > monitoring.scrapeIntervalSeconds()) {
            throw new InvalidInputException("scrapeTimeoutSeconds", "Must not be longer than the scrape interval");
        }
        if (monitoring.probeTimeoutSeconds() > monitoring.probeIntervalSeconds()) {
            throw new InvalidInputException("probeTimeoutSeconds", "Must not be longer than the probe interval");
        }
    }

    private static InvalidInputException duplicateName() {
        return new InvalidInputException("name", "The team already has a model with this name");
    }

    private static AuditSubject subject(Model model) {
        return new AuditSubject(model.team(), MODEL, model.id().toString(), model.data().name());
    }

    private static Map<String, Object> snapshot(ModelData data) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", data.name());
        state.put("description", data.description());
        state.put("runtime", data.runtime().name());
        state.put("endpointUrl", data.endpointUrl());
        state.put("servedModelName", data.servedModelName());
        state.put("versionLabel", data.versionLabel());
        state.put("contextWindow", data.contextWindow());
        state.put("defaultTemperature", data.defaultTemperature().stripTrailingZeros().toPlainString());
        state.put("maxOutputTokens", data.maxOutputTokens());
        state.put("tags", String.join(", ", data.tags()));
        state.put("status", data.status().name());
        ModelMonitoring monitoring = data.monitoring();
        state.put("scrapeEnabled", monitoring.scrapeEnabled());
        state.put("metricsUrl", monitoring.metricsUrl());
        state.put("scrapeIntervalSeconds", monitoring.scrapeIntervalSeconds());
        state.put("scrapeTimeoutSeconds", monitoring.scrapeTimeoutSeconds());
        state.put("probeEnabled", monitoring.probeEnabled());
        state.put("probeIntervalSeconds", monitoring.probeIntervalSeconds());
        state.put("probeTimeoutSeconds", monitoring.probeTimeoutSeconds());
        return state;
    }
}
