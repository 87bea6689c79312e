package dev.beacon.telemetry.internal;

/**
 * Which of the rollup columns held as JSON a read needs; the others are neither sent nor parsed.
 *
 * @param errorTypes the errors by type
 * @param gauges     queue depth, running requests, KV-cache use
 * @param scores     evaluation scores
 */
public record Details(boolean errorTypes, boolean gauges, boolean scores) {

    public static final Details ALL = new Details(true, true, true);
    public static final Details NONE = new Details(false, false, false);
    public static final Details GAUGES = new Details(false, true, false);
}
