package dev.beacon.evaluation.internal;

import dev.beacon.evaluation.CaseId;
import dev.beacon.evaluation.Outcome;

import java.time.Instant;

/** One scored case of a run, as stored (texts already cut to their limits). */
public record ResultRow(int position, CaseId caseId, String question, String expected, String answer, Outcome outcome,
                        Double score, String reason, Double latencyMs, Integer promptTokens, Integer completionTokens,
                        Instant finishedAt) {
}
