package dev.beacon.evaluation;

import java.util.Optional;

/**
 * The rules a scorer and the expected answer it reads must keep, checked whenever a suite or case is saved or
 * imported, so that a broken case is refused up front instead of erroring in every run. The team rule of the LLM
 * judge (its model must be one of the suite's team) needs the registry and lives in {@link ScorerChecks}.
 */
final class ScorerRules {

    /** What is wrong and where; {@code field} is e.g. "expected", "scorer.tolerance". */
    record Problem(String field, String message) {
    }

    private ScorerRules() {
    }

    /** A problem of the scorer's own options; {@code field} names the scorer, e.g. "scorer" or "defaultScorer". */
    static Optional<Problem> ofScorer(Scorer scorer, String field) {
        return switch (scorer) {
            case Scorer.NumberWithin number when !(number.tolerance() >= 0 && Double.isFinite(number.tolerance())) ->
                    problem(field + ".tolerance", "The tolerance is a number of 0 or more");
            case Scorer.LlmJudge judge when judge.judge() == null ->
                    problem(field + ".judgeModelId", "Choose the judge model");
            case Scorer.LlmJudge judge when !(judge.passThreshold() >= 0 && judge.passThreshold() <= 1) ->
                    problem(field + ".passThreshold", "The pass threshold is a number from 0 to 1");
            case Scorer.LlmJudge judge when judge.rubric().length() > Scorer.LlmJudge.MAX_RUBRIC ->
                    problem(field + ".rubric", "Use at most " + Scorer.LlmJudge.MAX_RUBRIC + " characters");
            default -> Optional.empty();
        };
    }

    /** A problem of the expected answer as this scorer reads it. */
    static Optional<Problem> ofExpected(Scorer scorer, String expected) {
        String text = expected == null ? "" : expected;
        return switch (scorer) {
            case Scorer.Regex ignored -> PatternAnswers.patternProblem(text).flatMap(ScorerRules::expected);
            case Scorer.ValidJson ignored -> text.isBlank() ? Optional.empty()
                    : JsonAnswers.schemaProblem(text).flatMap(problem -> expected("The expected answer is a JSON Schema"
                    + " (or empty for any JSON), but " + problem));
            case Scorer.NumberWithin ignored -> NumberAnswers.whole(text).isPresent() ? Optional.empty()
                    : expected("The expected answer is one number, like 42 or -3.5");
            case Scorer.MultipleChoice ignored -> ChoiceLetters.expected(text).isPresent() ? Optional.empty()
                    : expected("The expected answer is one letter from A to J");
            case Scorer.ContainsAny ignored when TextForms.alternatives(text).isEmpty() ->
                    expected("List the texts to look for, separated by |");
            case Scorer.ContainsAll ignored when TextForms.alternatives(text).isEmpty() ->
                    expected("List the texts to look for, separated by |");
            case Scorer.LlmJudge ignored -> Optional.empty();
            default -> text.isBlank() ? expected("Enter the expected answer") : Optional.empty();
        };
    }

    private static Optional<Problem> expected(String message) {
        return problem("expected", message);
    }

    private static Optional<Problem> problem(String field, String message) {
        return Optional.of(new Problem(field, message));
    }
}
