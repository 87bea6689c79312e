package dev.beacon.telemetry;

/** Which figure of an evaluation score's readings within a span: their average, lowest or highest. */
public enum ScoreStatistic {
    AVERAGE,
    MIN,
    MAX
}
