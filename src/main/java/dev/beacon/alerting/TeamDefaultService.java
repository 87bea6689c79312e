package dev.beacon.alerting;

import dev.beacon.alerting.internal.JooqDefaultRepository;
import dev.beacon.registry.ModelDirectory;
import dev.beacon.registry.ModelEntry;
import dev.beacon.security.AuditLog;
import dev.beacon.security.AuditSubject;
import dev.beacon.security.CurrentUser;
import dev.beacon.security.TeamAccess;
import dev.beacon.security.TeamRole;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.StaleDataException;
import dev.beacon.shared.TeamId;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A team's default rules ("every vLLM model: p95 above 2 s warning, 5 s critical"): the team's OWNERs define them,
 * every member reads them, other teams get "not found". Saving or deleting a default changes every matching model's
 * copy in the same transaction. A model's EDITORs can restore a default the model opted out of or overrides.
 */
@Service
@Validated
@PreAuthorize("isAuthenticated()")
public class TeamDefaultService {

    static final String DEFAULT = "Alert default";

    private final JooqDefaultRepository defaults;
    private final DefaultCopier copier;
    private final ModelDirectory directory;
    private final TeamAccess access;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    TeamDefaultService(JooqDefaultRepository defaults, DefaultCopier copier, ModelDirectory directory, TeamAccess access,
                       CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.defaults = defaults;
        this.copier = copier;
        this.directory = directory;
        this.access = access;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<DefaultRule> defaultsOf(TeamId team) {
        access.require(team, TeamRole.VIEWER, "Team");
        return defaults.defaultsOf(team);
    }

    @Transactional(readOnly = true)
    public DefaultRule get(DefaultRuleId id) {
        return require(id, TeamRole.VIEWER);
    }

    /** The current user's role in the team, to decide which actions a page offers. */
    @Transactional(readOnly = true)
    public TeamRole myRole(TeamId team) {
        return access.require(team, TeamRole.VIEWER, "Team");
    }

    @Transactional
    public DefaultRule create(TeamId team, @Valid DefaultRuleData data) {
        access.require(team, TeamRole.OWNER, "Team");
        DefaultRuleData clean = data.normalized();
        RuleChecks.check(clean.rule(), null);
        DefaultRuleId id = defaults.insert(team, clean, currentUser.id(), clock.instant());
        DefaultRule created = defaults.find(id).orElseThrow();
        copier.apply(created);
        auditLog.created(subject(created), snapshot(clean));
        return defaults.find(id).orElseThrow();
    }

    /** Saves the default if nobody changed it since {@code version} was read, and every linked copy with it. */
    @Transactional
    public DefaultRule update(DefaultRuleId id, int version, @Valid DefaultRuleData data) {
        DefaultRule before = require(id, TeamRole.OWNER);
        DefaultRuleData clean = data.normalized();
        RuleChecks.check(clean.rule(), null);
        if (!defaults.update(id, version, clean, currentUser.id(), clock.instant())) {
            throw new StaleDataException("This default");
        }
        copier.apply(defaults.find(id).orElseThrow());
        DefaultRule after = defaults.find(id).orElseThrow();
        auditLog.updated(subject(after), snapshot(before.data()), snapshot(clean));
        return after;
    }

    /** Deletes the default and every model's copy of it; models' overrides stay as their own rules. */
    @Transactional
    public void delete(DefaultRuleId id, int version) {
        DefaultRule rule = require(id, TeamRole.OWNER);
        if (!defaults.delete(id, version)) {
            throw new StaleDataException("This default");
        }
        auditLog.deleted(subject(rule), snapshot(rule.data()));
    }

    /** The team defaults the model opted out of or overrides, each of which "restore default" brings back. */
    @Transactional(readOnly = true)
    public List<DefaultRule> optedOut(ModelId model) {
        access.require(requireModel(model).team(), TeamRole.VIEWER, "Model");
        return defaults.optedOutBy(model);
    }

    /** Undoes the model's opt-out or override: the model's own replacement is deleted and the default's copy comes back. */
    @Transactional
    public void restore(ModelId model, DefaultRuleId id) {
        ModelEntry entry = requireModel(model);
        access.require(entry.team(), TeamRole.EDITOR, "Model");
        DefaultRule rule = defaults.find(id).filter(found -> found.team().equals(entry.team()))
                .orElseThrow(() -> new NotFoundException(DEFAULT));
        defaults.restore(id, model);
        copier.apply(rule);
        auditLog.recorded(new AuditSubject(entry.team(), AlertRuleService.RULE, model.toString(), entry.name() + ": " + rule.data().name()),
                "DEFAULT_RESTORED", "Restored team default " + rule.data().name() + " on " + entry.name());
    }

    private DefaultRule require(DefaultRuleId id, TeamRole minimum) {
        DefaultRule rule = defaults.find(id).orElseThrow(() -> new NotFoundException(DEFAULT));
        access.require(rule.team(), minimum, DEFAULT);
        return rule;
    }

    private ModelEntry requireModel(ModelId model) {
        return directory.find(model).orElseThrow(() -> new NotFoundException("Model"));
    }

    private static AuditSubject subject(DefaultRule rule) {
        return new AuditSubject(rule.team(), DEFAULT, rule.id().toString(), rule.data().name());
    }

    private static Map<String, Object> snapshot(DefaultRuleData data) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", data.name());
        state.put("runtime", data.matchRuntime() == null ? "any" : data.matchRuntime().name());
        state.put("tag", data.matchTag() == null ? "any" : data.matchTag());
        state.putAll(RuleSnapshot.of(data.rule()));
        return state;
    }
}
