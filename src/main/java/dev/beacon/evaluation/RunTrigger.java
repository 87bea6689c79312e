package dev.beacon.evaluation;

/** Why a run started. */
public enum RunTrigger {
    /** The attachment's schedule. */
    SCHEDULED,
    /** Someone pressed Run now (UI or API). */
    MANUAL,
    /** One of the two runs of a model comparison. */
    COMPARE
}
