package dev.beacon.dashboard.api;

import dev.beacon.dashboard.Dashboard;
import dev.beacon.dashboard.DashboardDocument;
import dev.beacon.dashboard.DashboardId;
import dev.beacon.dashboard.DashboardService;
import dev.beacon.dashboard.DashboardTransfer;
import dev.beacon.dashboard.api.DashboardResources.DashboardListResource;
import dev.beacon.dashboard.api.DashboardResources.DashboardResource;
import dev.beacon.dashboard.api.DashboardResources.DashboardSummaryResource;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.TeamId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Shared dashboards over HTTP, with the same rules as the UI (enforced by the services): the team's
 * members read, its Editors and Owners change, everyone signed in reads those shared with everyone,
 * and for anyone else a dashboard answers 404 exactly like one that does not exist.
 */
@RestController
@RequestMapping("/api/v1/dashboards")
@Tag(name = "Dashboards", description = "Shared dashboards, and their JSON format for config as code (docs/dashboard-json-format.md)")
class DashboardApiController {

    private static final String VERSION_NEEDED = "Send the version you read, so concurrent edits are detected";

    private final DashboardService dashboards;
    private final DashboardTransfer transfer;

    DashboardApiController(DashboardService dashboards, DashboardTransfer transfer) {
        this.dashboards = dashboards;
        this.transfer = transfer;
    }

    @GetMapping
    @Operation(summary = "List the dashboards you may open", description = "Your teams' dashboards and those shared with "
            + "everyone, your favourites first. q searches name and description.")
    DashboardListResource list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean favourites) {
        return new DashboardListResource(dashboards.list(q, favourites).stream().map(DashboardSummaryResource::of).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get one dashboard with its panels (only the models you may see are named)")
    DashboardResource get(@PathVariable UUID id) {
        return DashboardResource.of(dashboards.get(new DashboardId(id)));
    }

    @PostMapping
    @Operation(summary = "Create a dashboard in one of your teams (needs the Editor role there)")
    ResponseEntity<DashboardResource> create(@RequestBody DashboardRequest request) {
        if (request.teamId() == null) {
            throw new InvalidInputException("teamId", "Name the team the dashboard belongs to");
        }
        return created(dashboards.create(new TeamId(request.teamId()), request.toDefinition()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a dashboard's settings and panels (needs the Editor role); answers 409 if it changed "
            + "since you read 'version'")
    DashboardResource update(@PathVariable UUID id, @RequestBody DashboardRequest request) {
        if (request.version() == null) {
            throw new InvalidInputException("version", VERSION_NEEDED);
        }
        return DashboardResource.of(dashboards.update(new DashboardId(id), request.version(), request.toDefinition()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a dashboard (needs the Editor role); answers 409 if it changed since you read 'version'")
    ResponseEntity<Void> delete(@PathVariable UUID id, @RequestParam(required = false) Integer version) {
        if (version == null) {
            throw new InvalidInputException("version", VERSION_NEEDED);
        }
        dashboards.delete(new DashboardId(id), version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/duplicate")
    @Operation(summary = "Copy a dashboard you may open into a team where you are an Editor; models you cannot see are left out")
    ResponseEntity<DashboardResource> duplicate(@PathVariable UUID id, @RequestBody DuplicateRequest request) {
        if (request.teamId() == null) {
            throw new InvalidInputException("teamId", "Name the team the copy belongs to");
        }
        return created(dashboards.duplicate(new DashboardId(id), new TeamId(request.teamId()), request.name()));
    }

    @GetMapping(value = "/{id}/export", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The dashboard as JSON (format version 1), to keep as code and import elsewhere",
            responses = @ApiResponse(responseCode = "200",
                    content = @Content(schema = @Schema(implementation = DashboardDocument.class))))
    ResponseEntity<String> export(@PathVariable UUID id) {
        DashboardId dashboard = new DashboardId(id);
        String json = transfer.exportJson(dashboard);
        String fileName = dashboards.get(dashboard).name().replaceAll("[^A-Za-z0-9._-]+", "-") + ".dashboard.json";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body(json);
    }

    @PostMapping(value = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a dashboard in a team (Editor role) from its JSON", description = "Models are found among "
            + "those you can see by id, else by name (and team). Malformed JSON, an unknown formatVersion or a model you cannot "
            + "see answers 400 naming each problem, and nothing is created.")
    ResponseEntity<DashboardResource> importJson(@RequestParam(required = false) UUID teamId,
                                                 @RequestParam(required = false) String name,
                                                 @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                                                         schema = @Schema(implementation = DashboardDocument.class)))
                                                 @RequestBody(required = false) String body) {
        if (teamId == null) {
            throw new InvalidInputException("teamId", "Name the team to import the dashboard into");
        }
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("body", "Send the dashboard's JSON (format version 1)");
        }
        return created(transfer.importJson(new TeamId(teamId), body, name));
    }

    private static ResponseEntity<DashboardResource> created(Dashboard dashboard) {
        var location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/dashboards/{id}")
                .buildAndExpand(dashboard.id()).toUri();
        return ResponseEntity.created(location).body(DashboardResource.of(dashboard));
    }

    record DuplicateRequest(UUID teamId, String name) {
    }
}
