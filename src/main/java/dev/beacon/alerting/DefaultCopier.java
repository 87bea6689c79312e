package dev.beacon.alerting;

import dev.beacon.alerting.internal.JooqDefaultCopies;
import dev.beacon.alerting.internal.JooqDefaultRepository;
import dev.beacon.alerting.internal.JooqRuleRepository;
import dev.beacon.registry.ModelDirectory;
import dev.beacon.registry.ModelEntry;
import dev.beacon.registry.ModelSaved;
import dev.beacon.security.CurrentUser;
import dev.beacon.security.SignedInUser;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.UserId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps the models' copies of their team's defaults in step: every matching model that did not opt out has one
 * copy with the default's current settings; models that no longer match lose theirs. It runs when a default is
 * saved and, in the same transaction, whenever a model is registered or changed ({@link ModelSaved}) — so a new
 * model or a changed runtime or tag gets or loses its defaults with the save, never a cycle later.
 * A default whose metric a model cannot have (e.g. queue depth on an unscraped model) is left off that model.
 */
@Component
class DefaultCopier {

    private final JooqDefaultRepository defaults;
    private final JooqDefaultCopies copies;
    private final JooqRuleRepository rules;
    private final ModelDirectory directory;
    private final CurrentUser currentUser;
    private final Clock clock;

    DefaultCopier(JooqDefaultRepository defaults, JooqDefaultCopies copies, JooqRuleRepository rules, ModelDirectory directory,
                  CurrentUser currentUser, Clock clock) {
        this.defaults = defaults;
        this.copies = copies;
        this.rules = rules;
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void on(ModelSaved event) {
        defaults.defaultsOf(event.team()).forEach(this::apply);
    }

    @Transactional
    void applyAll(TeamId team) {
        defaults.defaultsOf(team).forEach(this::apply);
    }

    /** Brings the default's copies in line with its settings and with the models that match it now. */
    @Transactional
    void apply(DefaultRule rule) {
        Map<ModelId, ModelEntry> wanted = directory.entries(copies.matchingModels(rule)).stream()
                .filter(model -> rule.data().rule().metric().unavailableFor(model).isEmpty())
                .collect(Collectors.toMap(ModelEntry::id, Function.identity()));
        Map<ModelId, JooqDefaultCopies.Copy> existing = new HashMap<>(copies.copiesOf(rule));
        UserId author = currentUser.details().map(SignedInUser::userId).orElse(null);
        Instant now = clock.instant();
        RuleData settings = rule.data().rule();
        for (ModelId model : wanted.keySet()) {
            JooqDefaultCopies.Copy copy = existing.remove(model);
            if (copy == null) {
                rules.insert(model, settings, rule.id(), author, now);
            } else if (!copy.data().equals(settings)) {
                copies.update(copy.id(), settings, author, now);
            }
        }
        copies.delete(existing.values().stream().map(JooqDefaultCopies.Copy::id).toList());
    }
}
