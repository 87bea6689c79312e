package dev.beacon.alerting.api;

import dev.beacon.alerting.AlertRuleTransfer;
import dev.beacon.alerting.RuleData;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Export and import of rules as JSON: a model's ({@code {"formatVersion":1,"rules":[…]}}) or a team's
 * ({@code {"formatVersion":1,"models":[{"model":"name","rules":[…]}]}}). Imports add rules, all or nothing.
 */
@RestController
@Tag(name = "Alert rules")
class RuleTransferApiController {

    static final int FORMAT_VERSION = 1;

    record ModelRules(Integer formatVersion, List<RuleRequest> rules) {
    }

    record NamedModelRules(String model, List<RuleRequest> rules) {
    }

    record TeamRules(Integer formatVersion, List<NamedModelRules> models) {
    }

    record Imported(int created) {
    }

    private final AlertRuleTransfer transfer;

    RuleTransferApiController(AlertRuleTransfer transfer) {
        this.transfer = transfer;
    }

    @GetMapping("/api/v1/models/{id}/alert-rules/export")
    @Operation(summary = "The model's rules as JSON, to import elsewhere")
    ModelRules exportModel(@PathVariable UUID id) {
        return new ModelRules(FORMAT_VERSION, transfer.exportModel(new ModelId(id)).stream().map(RuleRequest::of).toList());
    }

    @PostMapping("/api/v1/models/{id}/alert-rules/import")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add the rules of an export to the model (needs the Editor role); all or nothing")
    Imported importModel(@PathVariable UUID id, @RequestBody ModelRules body) {
        requireFormat(body.formatVersion());
        return new Imported(transfer.importModel(new ModelId(id), data(body.rules(), "rules")).size());
    }

    @GetMapping("/api/v1/teams/{id}/alert-rules/export")
    @Operation(summary = "The rules of every model of the team, by model name")
    TeamRules exportTeam(@PathVariable UUID id) {
        return new TeamRules(FORMAT_VERSION, transfer.exportTeam(new TeamId(id)).entrySet().stream()
                .map(entry -> new NamedModelRules(entry.getKey(), entry.getValue().stream().map(RuleRequest::of).toList()))
                .toList());
    }

    @PostMapping("/api/v1/teams/{id}/alert-rules/import")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add the rules of a team export to the team's models of the same names (needs the Editor role); all or nothing")
    Imported importTeam(@PathVariable UUID id, @RequestBody TeamRules body) {
        requireFormat(body.formatVersion());
        if (body.models() == null) {
            throw new InvalidInputException("models", "List the models and their rules");
        }
        Map<String, List<RuleData>> byModel = new LinkedHashMap<>();
        for (int m = 0; m < body.models().size(); m++) {
            NamedModelRules entry = body.models().get(m);
            if (entry == null || entry.model() == null || entry.model().isBlank()) {
                throw new InvalidInputException("models[" + m + "].model", "Name the model");
            }
            byModel.put(entry.model(), data(entry.rules(), "models[" + m + "].rules"));
        }
        return new Imported(transfer.importTeam(new TeamId(id), byModel).size());
    }

    private static List<RuleData> data(List<RuleRequest> rules, String field) {
        if (rules == null) {
            throw new InvalidInputException(field, "List the rules");
        }
        return rules.stream().map(rule -> rule == null ? null : rule.toData()).toList();
    }

    private static void requireFormat(Integer version) {
        if (version == null || version != FORMAT_VERSION) {
            throw new InvalidInputException("formatVersion", "Use formatVersion " + FORMAT_VERSION);
        }
    }
}
