package dev.beacon.alerting.api;

import dev.beacon.alerting.DefaultRuleId;
import dev.beacon.alerting.TeamDefaultService;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
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

/** Team default rules over HTTP, with the team rules of the UI (enforced by {@link TeamDefaultService}). */
@RestController
@Tag(name = "Alert defaults", description = "Default rules per runtime or tag: team Owners change them, members read them")
class TeamDefaultApiController {

    private static final String SEND_VERSION = "Send the version you read, so concurrent edits are detected";

    private final TeamDefaultService defaults;

    TeamDefaultApiController(TeamDefaultService defaults) {
        this.defaults = defaults;
    }

    @GetMapping("/api/v1/teams/{id}/alert-defaults")
    @Operation(summary = "The team's default rules")
    List<DefaultRuleResource> list(@PathVariable UUID id) {
        return defaults.defaultsOf(new TeamId(id)).stream().map(DefaultRuleResource::of).toList();
    }

    @PostMapping("/api/v1/teams/{id}/alert-defaults")
    @Operation(summary = "Add a default rule (needs the Owner role)", description = "Every matching model of the team gets "
            + "a copy at once, and new or changed models when they are saved. Invalid rules answer 400 naming the field.")
    ResponseEntity<DefaultRuleResource> create(@PathVariable UUID id, @RequestBody DefaultRuleRequest request) {
        DefaultRuleResource created = DefaultRuleResource.of(defaults.create(new TeamId(id), request.toData()));
        var location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/alert-defaults/{id}")
                .buildAndExpand(created.id()).toUri();
        return ResponseEntity.created(location).body(created);
    }

    @GetMapping("/api/v1/alert-defaults/{id}")
    @Operation(summary = "Get one default rule")
    DefaultRuleResource get(@PathVariable UUID id) {
        return DefaultRuleResource.of(defaults.get(new DefaultRuleId(id)));
    }

    @PutMapping("/api/v1/alert-defaults/{id}")
    @Operation(summary = "Change a default rule (needs the Owner role); answers 409 if it changed since you read 'version'",
            description = "Every model's linked copy changes with it; overrides and opt-outs stay as they are.")
    DefaultRuleResource update(@PathVariable UUID id, @RequestBody DefaultRuleRequest request) {
        if (request.version() == null) {
            throw new InvalidInputException("version", SEND_VERSION);
        }
        return DefaultRuleResource.of(defaults.update(new DefaultRuleId(id), request.version(), request.toData()));
    }

    @DeleteMapping("/api/v1/alert-defaults/{id}")
    @Operation(summary = "Delete a default rule and every model's copy of it (needs the Owner role)")
    ResponseEntity<Void> delete(@PathVariable UUID id, @RequestParam(required = false) Integer version) {
        if (version == null) {
            throw new InvalidInputException("version", SEND_VERSION);
        }
        defaults.delete(new DefaultRuleId(id), version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/models/{modelId}/alert-defaults/{id}/restore")
    @Operation(summary = "Restore a team default on a model that opted out of it or overrides it (needs the Editor role)",
            description = "To opt a model out, delete its copy of the default; to override it, change the copy.")
    ResponseEntity<Void> restore(@PathVariable UUID modelId, @PathVariable UUID id) {
        defaults.restore(new ModelId(modelId), new DefaultRuleId(id));
        return ResponseEntity.noContent().build();
    }
}
