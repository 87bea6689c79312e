package dev.beacon.telemetry.scrape;

/**
 * Where the observations of a histogram bucket are put, in Beacon's units. A bucket only says that its
 * observations lay between its bounds, so the distribution is as precise as the server's buckets (the
 * rollup is marked "bucketed" and charts say so).
 */
final class Buckets {

    private Buckets() {
    }

    /** The middle of (lower, upper]; for the open-ended +Inf bucket its lower bound (NaN when that is 0). */
    static double representative(double lower, double upper) {
        if (Double.isInfinite(upper)) {
            return lower > 0 ? lower : Double.NaN;
        }
        return (lower + upper) / 2;
    }

    /** The value in Beacon's unit for the distribution, or NaN when it has none (e.g. no context window). */
    static double convert(double value, MetricMapping.Unit unit, int contextWindow) {
        return switch (unit) {
            case SECONDS -> value * 1000;
            case PROMPT_TOKENS -> contextWindow > 0 ? value / contextWindow : Double.NaN;
            case SECONDS_PER_TOKEN -> value > 0 ? 1 / value : Double.NaN;
            case TOKENS -> value;
        };
    }
}
