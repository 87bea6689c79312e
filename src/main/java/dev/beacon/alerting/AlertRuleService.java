package dev.beacon.alerting;

import dev.beacon.alerting.internal.JooqDefaultRepository;
import dev.beacon.alerting.internal.JooqRuleRepository;
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
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A model's threshold rules: VIEWERs of the model's team read them, EDITORs and OWNERs add, change, delete and
 * mark them reviewed. Rules of other teams' models answer "not found", exactly like rules that do not exist.
 * Editing or deleting a model's copy of a team default detaches the model from that default for good (an override
 * or an opt-out), so the default never overwrites or brings back what the team decided for this model.
 */
@Service
@Validated
@PreAuthorize("isAuthenticated()")
public class AlertRuleService {

    static final String RULE = "Alert rule";
    /** The thresholds page and the rule list count firings over this period. */
    public static final Duration FIRINGS_PERIOD = Duration.ofDays(30);

    private final JooqRuleRepository rules;
    private final JooqDefaultRepository defaults;
    private final ModelDirectory directory;
    private final TeamAccess access;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final AlertingProperties properties;
    private final Clock clock;

    AlertRuleService(JooqRuleRepository rules, JooqDefaultRepository defaults, ModelDirectory directory, TeamAccess access,
                     CurrentUser currentUser, AuditLog auditLog, AlertingProperties properties, Clock clock) {
        this.properties = properties;
        this.rules = rules;
        this.defaults = defaults;
        this.directory = directory;
        this.access = access;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The model's rules with their current states and their firings in the last 30 days. */
    @Transactional(readOnly = true)
    public List<RuleOverview> rulesOf(ModelId model) {
        requireModel(model, TeamRole.VIEWER);
        return rules.rulesOf(model, clock.instant().minus(FIRINGS_PERIOD));
    }

    /**
     * Every rule of the user's teams for the thresholds page: rules not reviewed for {@code beacon.alerting.review-after}
     * (or never) first, the longest unreviewed first; then by model. Each with its firings in the last 30 days.
     */
    @Transactional(readOnly = true)
    public List<RuleOverview> rulesForReview() {
        Instant now = clock.instant();
        Instant dueBefore = now.minus(properties.reviewAfter());
        return rules.rulesOfTeams(access.readableTeams(), now.minus(FIRINGS_PERIOD)).stream()
                .sorted(Comparator.comparing((RuleOverview rule) -> !isReviewDue(rule, dueBefore))
                        .thenComparing(rule -> rule.rule().reviewedAt(), Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(rule -> rule.rule().modelName().toLowerCase()))
                .toList();
    }

    /** Whether the rule was last reviewed before the cut-off (or never). */
    public static boolean isReviewDue(RuleOverview rule, Instant dueBefore) {
        return rule.rule().reviewedAt() == null || rule.rule().reviewedAt().isBefore(dueBefore);
    }

    /** The cut-off of the thresholds page: rules reviewed before it are due. */
    public Instant reviewDueBefore() {
        return clock.instant().minus(properties.reviewAfter());
    }

    @Transactional(readOnly = true)
    public Rule get(RuleId id) {
        requireRule(id, TeamRole.VIEWER);
        return rules.find(id).orElseThrow(() -> new NotFoundException(RULE));
    }

    /** The current user's role in the model's team, to decide which actions a page offers. */
    @Transactional(readOnly = true)
    public TeamRole myRole(ModelId model) {
        return access.require(requireModelEntry(model).team(), TeamRole.VIEWER, "Model");
    }

    @Transactional
    public Rule create(ModelId model, @Valid RuleData data) {
        ModelEntry entry = requireModel(model, TeamRole.EDITOR);
        RuleData clean = data.normalized();
        RuleChecks.check(clean, entry);
        RuleId id = rules.insert(model, clean, null, currentUser.id(), clock.instant());
        Rule rule = rules.find(id).orElseThrow();
        auditLog.created(subject(rule), RuleSnapshot.of(clean));
        return rule;
    }

    /** Saves the rule if nobody changed it since {@code version} was read; a team default's copy becomes the model's own. */
    @Transactional
    public Rule update(RuleId id, int version, @Valid RuleData data) {
        ModelEntry entry = requireRule(id, TeamRole.EDITOR);
        Rule before = rules.find(id).orElseThrow(() -> new NotFoundException(RULE));
        RuleData clean = data.normalized();
        RuleChecks.check(clean, entry);
        if (!rules.update(id, version, clean, currentUser.id(), clock.instant())) {
            throw new StaleDataException("This rule");
        }
        if (before.fromDefault() != null) {
            defaults.optOut(before.fromDefault(), before.model());
        }
        Rule after = rules.find(id).orElseThrow();
        auditLog.updated(subject(after), RuleSnapshot.of(before.data()), RuleSnapshot.of(clean));
        return after;
    }

    /** Deletes the rule and its history; a team default's copy is not copied onto the model again (an opt-out). */
    @Transactional
    public void delete(RuleId id, int version) {
        requireRule(id, TeamRole.EDITOR);
        Rule rule = rules.find(id).orElseThrow(() -> new NotFoundException(RULE));
        if (!rules.delete(id, version)) {
            throw new StaleDataException("This rule");
        }
        if (rule.fromDefault() != null) {
            defaults.optOut(rule.fromDefault(), rule.model());
        }
        auditLog.deleted(subject(rule), RuleSnapshot.of(rule.data()));
    }

    /** Records that the current user checked the rule's thresholds today. */
    @Transactional
    public Rule markReviewed(RuleId id) {
        requireRule(id, TeamRole.EDITOR);
        rules.markReviewed(id, currentUser.id(), clock.instant());
        Rule rule = rules.find(id).orElseThrow(() -> new NotFoundException(RULE));
        auditLog.recorded(subject(rule), "REVIEWED", "Marked alert rule " + subject(rule).name() + " reviewed");
        return rule;
    }

    /**
     * Records that the current user reviewed every rule of the model now (a completed threshold review), in the
     * caller's transaction. Returns how many rules that marked.
     */
    @Transactional
    public int markAllReviewed(ModelId model) {
        ModelEntry entry = requireModel(model, TeamRole.EDITOR);
        List<Rule> all = rules.rulesOf(model, null).stream().map(RuleOverview::rule).toList();
        Instant now = clock.instant();
        for (Rule rule : all) {
            rules.markReviewed(rule.id(), currentUser.id(), now);
        }
        if (!all.isEmpty()) {
            auditLog.recorded(new AuditSubject(entry.team(), "Model", model.toString(), entry.name()), "RULES_REVIEWED",
                    "Marked all " + all.size() + " alert rules of " + entry.name() + " reviewed");
        }
        return all.size();
    }

    /** Whether the rule opens an incident ticket when it fires CRITICAL (one open ticket per rule; see maintenance). */
    @Transactional
    public Rule setOpensTicketOnCritical(RuleId id, boolean opens) {
        requireRule(id, TeamRole.EDITOR);
        Rule before = rules.find(id).orElseThrow(() -> new NotFoundException(RULE));
        if (before.opensTicketOnCritical() == opens) {
            return before;
        }
        rules.setOpensTicketOnCritical(id, opens, currentUser.id(), clock.instant());
        Rule rule = rules.find(id).orElseThrow();
        auditLog.updated(subject(rule), Map.of("opensTicketOnCritical", !opens), Map.of("opensTicketOnCritical", opens));
        return rule;
    }

    private ModelEntry requireModel(ModelId model, TeamRole minimum) {
        ModelEntry entry = requireModelEntry(model);
        access.require(entry.team(), minimum, "Model");
        return entry;
    }

    private ModelEntry requireModelEntry(ModelId model) {
        return directory.find(model).orElseThrow(() -> new NotFoundException("Model"));
    }

    private ModelEntry requireRule(RuleId id, TeamRole minimum) {
        ModelId model = rules.modelOf(id).orElseThrow(() -> new NotFoundException(RULE));
        ModelEntry entry = directory.find(model).orElseThrow(() -> new NotFoundException(RULE));
        access.require(entry.team(), minimum, RULE);
        return entry;
    }

    static AuditSubject subject(Rule rule) {
        return new AuditSubject(rule.team(), RULE, rule.id().toString(), rule.modelName() + ": " + rule.data().summary());
    }
}
