package dev.beacon.evaluation.api;

import dev.beacon.evaluation.Run;
import dev.beacon.evaluation.RunCompareService;
import dev.beacon.evaluation.RunId;
import dev.beacon.evaluation.RunService;
import dev.beacon.evaluation.SuiteId;
import dev.beacon.evaluation.api.RunResources.ComparisonResource;
import dev.beacon.evaluation.api.RunResources.RunDetailsResource;
import dev.beacon.evaluation.api.RunResources.RunRequest;
import dev.beacon.evaluation.api.RunResources.RunResource;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ModelId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Evaluation runs over HTTP, with the rules of {@link RunService} and {@link RunCompareService}. */
@RestController
@Tag(name = "Evaluation runs", description = "Runs of a suite against a model's endpoint, their results and comparisons")
class RunApiController {

    private final RunService runs;
    private final RunCompareService comparisons;

    RunApiController(RunService runs, RunCompareService comparisons) {
        this.runs = runs;
        this.comparisons = comparisons;
    }

    @PostMapping("/api/v1/eval-suites/{id}/runs")
    @Operation(summary = "Runs the suite on a model now (EDITOR): 202 with the RUNNING run; poll it for the result")
    ResponseEntity<RunResource> runNow(@PathVariable UUID id, @RequestBody RunRequest request) {
        if (request == null || request.modelId() == null) {
            throw new InvalidInputException("modelId", "Choose a model");
        }
        Run run = runs.runNow(new SuiteId(id), new ModelId(request.modelId()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/eval-runs/" + run.id()))
                .body(RunResource.of(run));
    }

    @GetMapping("/api/v1/eval-suites/{id}/runs")
    @Operation(summary = "The suite's runs on all models, newest first")
    List<RunResource> ofSuite(@PathVariable UUID id, @RequestParam(defaultValue = "50") int limit) {
        return runs.runsOfSuite(new SuiteId(id), limit).stream().map(RunResource::of).toList();
    }

    @GetMapping("/api/v1/models/{id}/eval-runs")
    @Operation(summary = "The model's runs of all suites, newest first")
    List<RunResource> ofModel(@PathVariable UUID id, @RequestParam(defaultValue = "50") int limit) {
        return runs.runsOfModel(new ModelId(id), limit).stream().map(RunResource::of).toList();
    }

    @GetMapping("/api/v1/eval-runs/{id}")
    @Operation(summary = "One run with its per-case results (answers, scores, reasons, regressions)")
    RunDetailsResource details(@PathVariable UUID id) {
        return RunDetailsResource.of(runs.details(new RunId(id)));
    }

    @PostMapping("/api/v1/eval-runs/{id}/cancel")
    @Operation(summary = "Cancels a RUNNING run (EDITOR); a finished run is answered as it is")
    RunResource cancel(@PathVariable UUID id) {
        return RunResource.of(runs.cancel(new RunId(id)));
    }

    @GetMapping("/api/v1/eval-runs/compare")
    @Operation(summary = "Two runs of the same suite case by case, regressed cases first")
    ComparisonResource compare(@RequestParam UUID a, @RequestParam UUID b) {
        return ComparisonResource.of(comparisons.compare(new RunId(a), new RunId(b)));
    }
}
