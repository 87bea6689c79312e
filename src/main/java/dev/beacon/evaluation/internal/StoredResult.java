package dev.beacon.evaluation.internal;

import dev.beacon.evaluation.CaseId;
import dev.beacon.evaluation.Outcome;

/** A stored case result as read back. */
public record StoredResult(int position, CaseId caseId, String question, String expected, String answer,
                           Outcome outcome, Double score, String reason, Double latencyMs, Integer promptTokens,
                           Integer completionTokens) {
}
