package dev.beacon.evaluation;

/** How far a run is: cases finished of all its cases. */
public record RunProgress(RunId run, int done, int total, RunStatus status) {
}
