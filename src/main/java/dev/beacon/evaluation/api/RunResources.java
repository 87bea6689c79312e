package dev.beacon.evaluation.api;

import dev.beacon.evaluation.CaseResult;
import dev.beacon.evaluation.ComparedCase;
import dev.beacon.evaluation.Comparison;
import dev.beacon.evaluation.Outcome;
import dev.beacon.evaluation.Run;
import dev.beacon.evaluation.RunDetails;
import dev.beacon.evaluation.RunStatus;
import dev.beacon.evaluation.RunTrigger;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Runs, their results and comparisons in API bodies; figures carry their unit in the name. */
final class RunResources {

    private RunResources() {
    }

    record RunRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "a model of the suite's team")
                      UUID modelId) {
    }

    @Schema(description = "One run of a suite on a model")
    record RunResource(UUID id, UUID teamId, UUID suiteId, String suiteName, UUID modelId, String modelName,
                       @Schema(description = "the model's version label when the run started") String modelVersionLabel,
                       RunTrigger trigger, RunStatus status,
                       @Schema(description = "why the run ERRORED or was CANCELLED") String errorReason,
                       int totalCases, int passed, int failed, int errored,
                       @Schema(description = "passed / (passed + failed), 0–1; null unless COMPLETED", example = "0.85")
                       Double accuracy, Double latencyP50Ms, Double latencyP95Ms, long promptTokens,
                       long completionTokens, @Schema(description = "null when Beacon's schedule started it") String startedBy,
                       Instant startedAt, Instant finishedAt) {

        static RunResource of(Run run) {
            return new RunResource(run.id().value(), run.team().value(), run.suite().value(), run.suiteName(),
                    run.model().value(), run.modelName(), run.modelVersionLabel(), run.trigger(), run.status(),
                    run.errorReason(), run.totalCases(), run.passed(), run.failed(), run.errored(), run.accuracy(),
                    run.latencyP50Ms(), run.latencyP95Ms(), run.promptTokens(), run.completionTokens(), run.startedBy(),
                    run.startedAt(), run.finishedAt());
        }
    }

    record CaseResultResource(int position, UUID caseId, String question, String expected,
                              @Schema(description = "at most 4 KB; null when the call failed or after telemetry retention")
                              String answer, Outcome outcome, Double score, String reason, Double latencyMs,
                              Integer promptTokens, Integer completionTokens,
                              @Schema(description = "passed in the previous completed run, not now") boolean regressed) {

        static CaseResultResource of(CaseResult result) {
            return new CaseResultResource(result.position(), result.caseId() == null ? null : result.caseId().value(),
                    result.question(), result.expected(), result.answer(), result.outcome(), result.score(),
                    result.reason(), result.latencyMs(), result.promptTokens(), result.completionTokens(),
                    result.regressed());
        }
    }

    record RunDetailsResource(RunResource run, List<CaseResultResource> results,
                              @Schema(description = "the completed run regressions are measured against") UUID previousRunId) {

        static RunDetailsResource of(RunDetails details) {
            return new RunDetailsResource(RunResource.of(details.run()),
                    details.results().stream().map(CaseResultResource::of).toList(),
                    details.previousRun().map(id -> id.value()).orElse(null));
        }
    }

    record ComparedCaseResource(UUID caseId, String question, String expected, Outcome outcomeA, Double scoreA,
                                String answerA, Outcome outcomeB, Double scoreB, String answerB, Comparison.Change change) {

        static ComparedCaseResource of(ComparedCase compared) {
            return new ComparedCaseResource(compared.caseId() == null ? null : compared.caseId().value(),
                    compared.question(), compared.expected(), compared.outcomeA(), compared.scoreA(), compared.answerA(),
                    compared.outcomeB(), compared.scoreB(), compared.answerB(), compared.change());
        }
    }

    @Schema(description = "Two runs of one suite case by case, regressed cases first")
    record ComparisonResource(RunResource a, RunResource b, long regressed, long improved,
                              List<ComparedCaseResource> cases) {

        static ComparisonResource of(Comparison comparison) {
            return new ComparisonResource(RunResource.of(comparison.a()), RunResource.of(comparison.b()),
                    comparison.count(Comparison.Change.REGRESSED), comparison.count(Comparison.Change.IMPROVED),
                    comparison.cases().stream().map(ComparedCaseResource::of).toList());
        }
    }
}
