package dev.beacon.registry.api;

import dev.beacon.registry.Model;
import dev.beacon.registry.ModelCredentials;
import dev.beacon.registry.ModelData;
import dev.beacon.registry.ModelFilter;
import dev.beacon.registry.ModelMonitoring;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.registry.ModelService;
import dev.beacon.registry.ModelSort;
import dev.beacon.registry.ModelStatus;
import dev.beacon.registry.ModelVersionChange;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;
import java.util.UUID;

/** The model registry over HTTP, with the same team rules as the UI (enforced by {@link ModelService}). */
@RestController
@RequestMapping("/api/v1/models")
@Tag(name = "Models", description = "The models your teams run")
class ModelApiController {

    private static final int MAX_PAGE_SIZE = 200;

    private final ModelService models;
    private final ModelCredentials credentials;

    ModelApiController(ModelService models, ModelCredentials credentials) {
        this.models = models;
        this.credentials = credentials;
    }

    @GetMapping
    @Operation(summary = "List the models of your teams", description = "Filters combine with AND; q searches name, "
            + "description, served model name, endpoint and version. Sort by name, team, runtime, version, status or updated.")
    ModelPageResource list(@RequestParam(required = false) UUID team,
                           @RequestParam(required = false) ModelRuntime runtime,
                           @RequestParam(required = false) ModelStatus status,
                           @RequestParam(required = false) String tag,
                           @RequestParam(required = false) String q,
                           @RequestParam(defaultValue = "name") String sort,
                           @RequestParam(defaultValue = "asc") String order,
                           @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "50") int size) {
        ModelSort modelSort = parseSort(sort);
        if (!order.equalsIgnoreCase("asc") && !order.equalsIgnoreCase("desc")) {
            throw new InvalidInputException("order", "Use asc or desc");
        }
        if (page < 0) {
            throw new InvalidInputException("page", "Use 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "Use 1 to " + MAX_PAGE_SIZE);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new InvalidInputException("page", "Use a page of at most " + Integer.MAX_VALUE / size + " for this size");
        }
        ModelFilter filter = new ModelFilter(team == null ? null : new TeamId(team), runtime, status, tag, q);
        int total = models.count(filter);
        List<ModelSummaryResource> items = models.find(filter, modelSort, order.equalsIgnoreCase("asc"),
                        page * size, size)
                .stream().map(ModelSummaryResource::of).toList();
        return new ModelPageResource(items, page, size, total, (total + size - 1) / size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get one model")
    ModelResource get(@PathVariable UUID id) {
        return resource(models.get(new ModelId(id)));
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "The model's version history, newest first")
    List<ModelVersionChange> versions(@PathVariable UUID id) {
        return models.history(new ModelId(id));
    }

    @PostMapping
    @Operation(summary = "Register a model in one of your teams (needs the Editor role there)")
    ResponseEntity<ModelResource> register(@RequestBody ModelRequest request) {
        if (request.teamId() == null) {
            throw new InvalidInputException("teamId", "Name the team that runs the model");
        }
        ModelData data = request.toData(ModelMonitoring.defaultsFor(request.runtime()));
        String apiKey = request.apiKey() == null ? null : ModelCredentials.requireValid(request.apiKey());
        Model registered = models.register(new TeamId(request.teamId()), data);
        if (apiKey != null) {
            credentials.setApiKey(registered.id(), apiKey);
        }
        ModelResource created = resource(registered);
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(created.id()).toUri();
        return ResponseEntity.created(location).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update a model (needs the Editor role); answers 409 if it changed since you read 'version'")
    ModelResource update(@PathVariable UUID id, @RequestBody ModelRequest request) {
        if (request.version() == null) {
            throw new InvalidInputException("version", "Send the version you read, so concurrent edits are detected");
        }
        ModelId model = new ModelId(id);
        ModelData data = request.toData(models.get(model).data().monitoring());
        String apiKey = request.apiKey() == null ? null : ModelCredentials.requireValid(request.apiKey());
        Model updated = models.update(model, request.version(), data, request.versionNote());
        if (apiKey != null) {
            credentials.setApiKey(model, apiKey);
        }
        return resource(updated);
    }

    @DeleteMapping("/{id}/api-key")
    @Operation(summary = "Remove the model's API key (needs the Editor role); Beacon then calls the endpoint without one")
    ResponseEntity<Void> removeApiKey(@PathVariable UUID id) {
        credentials.removeApiKey(new ModelId(id));
        return ResponseEntity.noContent().build();
    }

    private ModelResource resource(Model model) {
        return ModelResource.of(model, credentials.hasApiKey(model.id()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a model and its version history (needs the Owner role); answers 409 if it changed since you read 'version'")
    ResponseEntity<Void> delete(@PathVariable UUID id, @RequestParam(required = false) Integer version) {
        if (version == null) {
            throw new InvalidInputException("version", "Send the version you read, so concurrent edits are detected");
        }
        models.delete(new ModelId(id), version);
        return ResponseEntity.noContent().build();
    }

    private static ModelSort parseSort(String sort) {
        try {
            return ModelSort.valueOf(sort.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("sort", "Use one of: name, team, runtime, version, status, updated");
        }
    }
}
