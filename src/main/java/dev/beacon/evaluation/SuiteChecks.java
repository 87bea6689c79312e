package dev.beacon.evaluation;

import dev.beacon.registry.ModelDirectory;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.TeamId;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The rules of suites and cases that depend on the team: on top of {@link CaseRules} and {@link ScorerRules}, an LLM
 * judge must be a model of the suite's own team (a team's answers are never sent to another team's model).
 */
@Component
class SuiteChecks {

    private final ModelDirectory models;

    SuiteChecks(ModelDirectory models) {
        this.models = models;
    }

    /** Refuses suite data that breaks a rule, naming the field; expects normalized data. */
    void requireValid(TeamId team, SuiteData data) {
        if (data.name() == null || data.name().isEmpty()) {
            throw new InvalidInputException("name", "Enter a name");
        }
        if (data.name().length() > SuiteData.MAX_NAME) {
            throw new InvalidInputException("name", "Use at most " + SuiteData.MAX_NAME + " characters");
        }
        if (data.description().length() > SuiteData.MAX_DESCRIPTION) {
            throw new InvalidInputException("description", "Use at most " + SuiteData.MAX_DESCRIPTION + " characters");
        }
        scorerProblem(team, data.defaultScorer(), "defaultScorer").ifPresent(SuiteChecks::fail);
    }

    /** Refuses a case that breaks a rule, naming the field; expects a normalized case. */
    void requireValid(TeamId team, CaseData data, Scorer suiteDefault) {
        problem(team, data, suiteDefault).ifPresent(SuiteChecks::fail);
    }

    /** Refuses a new default scorer that cannot read the expected answer of a case using it, naming the case. */
    void requireCasesFit(List<EvalCase> cases, Scorer newDefault) {
        for (int i = 0; i < cases.size(); i++) {
            CaseData data = cases.get(i).data();
            if (data.scorer() == null) {
                int number = i + 1;
                ScorerRules.ofExpected(newDefault, data.expected()).ifPresent(problem -> {
                    throw new InvalidInputException("defaultScorer", "Case " + number + " (" + data.question().strip()
                            + ") does not fit this scorer: " + problem.message());
                });
            }
        }
    }

    /** The first problem of a normalized case, or empty. */
    Optional<ScorerRules.Problem> problem(TeamId team, CaseData data, Scorer suiteDefault) {
        return CaseRules.problem(data, suiteDefault)
                .or(() -> data.scorer() == null ? Optional.empty() : scorerProblem(team, data.scorer(), "scorer"));
    }

    private Optional<ScorerRules.Problem> scorerProblem(TeamId team, Scorer scorer, String field) {
        return ScorerRules.ofScorer(scorer, field).or(() -> {
            if (scorer instanceof Scorer.LlmJudge judge
                    && models.find(judge.judge()).filter(model -> model.team().equals(team)).isEmpty()) {
                return Optional.of(new ScorerRules.Problem(field + ".judgeModelId",
                        "Choose a model of the suite's team as the judge"));
            }
            return Optional.empty();
        });
    }

    private static void fail(ScorerRules.Problem problem) {
        throw new InvalidInputException(problem.field(), problem.message());
    }
}
