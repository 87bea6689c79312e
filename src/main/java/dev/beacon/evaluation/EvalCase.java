package dev.beacon.evaluation;

/**
 * A case of a suite.
 *
 * @param position its place in the suite (cases are shown and run in this order); not necessarily contiguous
 */
public record EvalCase(CaseId id, SuiteId suite, int position, CaseData data) {
}
