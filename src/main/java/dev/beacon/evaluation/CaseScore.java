package dev.beacon.evaluation;

import java.util.Objects;

/**
 * The score of one answer.
 *
 * @param score  1 or 0 for the deterministic scorers, the judge's score for an LLM judge, null when ERRORED
 * @param reason why it failed or errored (or the judge's one-line reason); null when a deterministic scorer passed
 */
public record CaseScore(Outcome outcome, Double score, String reason) {

    public CaseScore {
        Objects.requireNonNull(outcome, "outcome");
    }

    public static CaseScore pass() {
        return new CaseScore(Outcome.PASSED, 1.0, null);
    }

    public static CaseScore fail(String reason) {
        return new CaseScore(Outcome.FAILED, 0.0, reason);
    }

    /** A case that could not be scored: the endpoint failed, or the judge's verdict was unreadable. */
    public static CaseScore error(String reason) {
        return new CaseScore(Outcome.ERRORED, null, reason);
    }

    public boolean passed() {
        return outcome == Outcome.PASSED;
    }
}
