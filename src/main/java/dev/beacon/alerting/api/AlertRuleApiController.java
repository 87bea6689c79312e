package dev.beacon.alerting.api;

import dev.beacon.alerting.AlertRuleService;
import dev.beacon.alerting.Rule;
import dev.beacon.alerting.RuleId;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ModelId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;
import java.util.UUID;

/** A model's threshold rules over HTTP, with the team rules of the UI (enforced by {@link AlertRuleService}). */
@RestController
@Tag(name = "Alert rules", description = "Threshold rules per model: Editors change them, Viewers read them")
class AlertRuleApiController {

    private final AlertRuleService rules;

    AlertRuleApiController(AlertRuleService rules) {
        this.rules = rules;
    }

    @GetMapping("/api/v1/models/{id}/alert-rules")
    @Operation(summary = "The model's rules with their current state")
    List<RuleResource> list(@PathVariable UUID id) {
        return rules.rulesOf(new ModelId(id)).stream().map(RuleResource::of).toList();
    }

    @PostMapping("/api/v1/models/{id}/alert-rules")
    @Operation(summary = "Add a rule to the model (needs the Editor role)", description = "Invalid rules (no threshold, "
            + "the warning beyond the critical threshold, a window that is not whole minutes, a metric the model cannot "
            + "have) answer 400 naming the field; nothing is saved.")
    ResponseEntity<RuleResource> create(@PathVariable UUID id, @RequestBody RuleRequest request) {
        RuleResource created = RuleResource.of(withTicketOption(rules.create(new ModelId(id), request.toData()), request));
        var location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/alert-rules/{id}")
                .buildAndExpand(created.id()).toUri();
        return ResponseEntity.created(location).body(created);
    }

    @GetMapping("/api/v1/alert-rules/{id}")
    @Operation(summary = "Get one rule")
    RuleResource get(@PathVariable UUID id) {
        return RuleResource.of(rules.get(new RuleId(id)));
    }

    @PutMapping("/api/v1/alert-rules/{id}")
    @Operation(summary = "Change a rule (needs the Editor role); answers 409 if it changed since you read 'version'",
            description = "A model's copy of a team default becomes the model's own rule (an override).")
    RuleResource update(@PathVariable UUID id, @RequestBody RuleRequest request) {
        if (request.version() == null) {
            throw new InvalidInputException("version", "Send the version you read, so concurrent edits are detected");
        }
        return RuleResource.of(withTicketOption(rules.update(new RuleId(id), request.version(), request.toData()), request));
    }

    /** Applies openTicketOnCritical when the request has it. */
    private Rule withTicketOption(Rule rule, RuleRequest request) {
        return request.openTicketOnCritical() == null ? rule : rules.setOpensTicketOnCritical(rule.id(), request.openTicketOnCritical());
    }

    @DeleteMapping("/api/v1/alert-rules/{id}")
    @Operation(summary = "Delete a rule and its history (needs the Editor role)",
            description = "Deleting a model's copy of a team default opts the model out of that default.")
    ResponseEntity<Void> delete(@PathVariable UUID id, @RequestParam(required = false) Integer version) {
        if (version == null) {
            throw new InvalidInputException("version", "Send the version you read, so concurrent edits are detected");
        }
        rules.delete(new RuleId(id), version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/alert-rules/{id}/review")
    @Operation(summary = "Mark the rule reviewed by you, now (needs the Editor role)")
    RuleResource review(@PathVariable UUID id) {
        return RuleResource.of(rules.markReviewed(new RuleId(id)));
    }
}
