package dev.beacon.evaluation;

/** How one case of a run ended. ERRORED means it could not be scored (no answer, an unreadable judge verdict). */
public enum Outcome {
    PASSED, FAILED, ERRORED
}
