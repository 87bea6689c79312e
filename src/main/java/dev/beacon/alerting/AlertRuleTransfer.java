package dev.beacon.alerting;

import dev.beacon.alerting.internal.JooqRuleRepository;
import dev.beacon.registry.ModelDirectory;
import dev.beacon.security.TeamAccess;
import dev.beacon.security.TeamRole;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Exports a model's or a team's rules and imports them again, e.g. to copy a tuned rule set to another model or
 * team. An import adds rules (it replaces none) and is all or nothing: one invalid rule refuses the whole import,
 * naming it, e.g. {@code rules[2].warningThreshold}.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class AlertRuleTransfer {

    private final AlertRuleService service;
    private final JooqRuleRepository rules;
    private final ModelDirectory directory;
    private final TeamAccess access;
    private final Validator validator;

    AlertRuleTransfer(AlertRuleService service, JooqRuleRepository rules, ModelDirectory directory, TeamAccess access,
                      Validator validator) {
        this.service = service;
        this.rules = rules;
        this.directory = directory;
        this.access = access;
        this.validator = validator;
    }

    @Transactional(readOnly = true)
    public List<RuleData> exportModel(ModelId model) {
        return service.rulesOf(model).stream().map(rule -> rule.rule().data()).toList();
    }

    /** Each model's rules by model name, for every model of the team that has rules. */
    @Transactional(readOnly = true)
    public Map<String, List<RuleData>> exportTeam(TeamId team) {
        access.require(team, TeamRole.VIEWER, "Team");
        Map<String, List<RuleData>> byModel = new LinkedHashMap<>();
        rules.rulesOfTeams(Set.of(team), null).forEach(rule ->
                byModel.computeIfAbsent(rule.rule().modelName(), name -> new ArrayList<>()).add(rule.rule().data()));
        return byModel;
    }

    @Transactional
    public List<Rule> importModel(ModelId model, List<RuleData> imported) {
        List<Rule> created = new ArrayList<>();
        for (int i = 0; i < imported.size(); i++) {
            created.add(createChecked(model, imported.get(i), "rules[" + i + "]."));
        }
        return created;
    }

    /** Rules by model name; every name must be a model of the team. */
    @Transactional
    public List<Rule> importTeam(TeamId team, Map<String, List<RuleData>> imported) {
        access.require(team, TeamRole.EDITOR, "Team");
        Map<String, ModelId> models = new LinkedHashMap<>();
        directory.modelsOf(team).forEach(entry -> models.put(entry.name().toLowerCase(), entry.id()));
        List<Rule> created = new ArrayList<>();
        int m = 0;
        for (var entry : imported.entrySet()) {
            ModelId model = models.get(entry.getKey().toLowerCase());
            if (model == null) {
                throw new InvalidInputException("models[" + m + "].model", "The team has no model named " + entry.getKey());
            }
            for (int i = 0; i < entry.getValue().size(); i++) {
                created.add(createChecked(model, entry.getValue().get(i), "models[" + m + "].rules[" + i + "]."));
            }
            m++;
        }
        return created;
    }

    private Rule createChecked(ModelId model, RuleData data, String prefix) {
        if (data == null) {
            throw new InvalidInputException(prefix.substring(0, prefix.length() - 1), "Leave out empty rules");
        }
        Set<ConstraintViolation<RuleData>> violations = validator.validate(data);
        if (!violations.isEmpty()) {
            ConstraintViolation<RuleData> first = violations.iterator().next();
            throw new InvalidInputException(prefix + first.getPropertyPath(), first.getMessage());
        }
        try {
            return service.create(model, data);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(prefix + e.field(), e.getMessage());
        }
    }
}
