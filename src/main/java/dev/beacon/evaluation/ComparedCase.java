package dev.beacon.evaluation;

/**
 * One case in a {@link Comparison}; the a or b side is null (outcome, score, answer) when that run did not have it.
 *
 * @param caseId null when the case was deleted since and the runs were matched by question
 */
public record ComparedCase(CaseId caseId, String question, String expected, Outcome outcomeA, Double scoreA,
                           String answerA, Outcome outcomeB, Double scoreB, String answerB, Comparison.Change change) {
}
