package dev.beacon.evaluation.api;

import dev.beacon.evaluation.SuiteId;
import dev.beacon.evaluation.SuiteService;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Evaluation suites over HTTP, with the same team rules as the UI (enforced by {@link SuiteService}). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Evaluation suites", description = "Golden test suites Beacon sends to your models and scores")
class SuiteApiController {

    private final SuiteService suites;

    SuiteApiController(SuiteService suites) {
        this.suites = suites;
    }

    @GetMapping("/teams/{teamId}/eval-suites")
    @Operation(summary = "List a team's evaluation suites, by name")
    List<SuiteResource> list(@PathVariable UUID teamId) {
        return suites.suitesOf(new TeamId(teamId)).stream().map(SuiteResource::of).toList();
    }

    @PostMapping("/teams/{teamId}/eval-suites")
    @Operation(summary = "Create a suite in one of your teams (needs the Editor role there)",
            description = "The slug is derived from the name and never changes. 400 names the field of a bad value.")
    ResponseEntity<SuiteResource> create(@PathVariable UUID teamId, @RequestBody SuiteRequest request) {
        var created = suites.create(new TeamId(teamId), request.toData());
        return ResponseEntity.created(URI.create("/api/v1/eval-suites/" + created.id())).body(SuiteResource.of(created));
    }

    @GetMapping("/eval-suites/{id}")
    @Operation(summary = "Get one suite")
    SuiteResource get(@PathVariable UUID id) {
        return SuiteResource.of(suites.suite(new SuiteId(id)));
    }

    @PutMapping("/eval-suites/{id}")
    @Operation(summary = "Save a suite's name, description and default scorer (needs the Editor role)",
            description = "Send the version you read; 409 if someone changed the suite since. A new default scorer "
                    + "must fit the expected answers of the cases that use it.")
    SuiteResource update(@PathVariable UUID id, @RequestBody SuiteRequest request) {
        return SuiteResource.of(suites.update(new SuiteId(id), request.toData(), request.requiredVersion()));
    }

    @DeleteMapping("/eval-suites/{id}")
    @Operation(summary = "Delete a suite with its cases, attachments and run history (needs the Editor role)")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        suites.delete(new SuiteId(id));
        return ResponseEntity.noContent().build();
    }
}
