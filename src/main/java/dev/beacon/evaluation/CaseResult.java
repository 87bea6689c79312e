package dev.beacon.evaluation;

/**
 * How one case went in a run.
 *
 * @param caseId    the case, or null when it has been deleted since
 * @param question  the last user message of the case, for display
 * @param answer    the model's answer, at most 4 KB (UTF-8); null when the call failed or after telemetry retention
 * @param reason    the judge's one-line reason, the scorer's explanation or the call's error
 * @param regressed this case PASSED in the previous COMPLETED run of the suite on the model and does not now
 */
public record CaseResult(int position, CaseId caseId, String question, String expected, String answer, Outcome outcome,
                         Double score, String reason, Double latencyMs, Integer promptTokens, Integer completionTokens,
                         boolean regressed) {
}
