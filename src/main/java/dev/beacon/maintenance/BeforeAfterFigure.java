package dev.beacon.maintenance;

import java.util.Locale;

/**
 * One figure of a before/after comparison, e.g. "Latency p95" 820 ms before, 610 ms after: 25.6 % lower, better.
 *
 * @param before        the value over the window before the change, or null when it had no data for it
 * @param after         the value over the window after it, or null
 * @param lowerIsBetter whether a falling value is an improvement (latency, errors) or a rising one (speed, scores)
 */
public record BeforeAfterFigure(String label, String unit, Double before, Double after, boolean lowerIsBetter) {

    /** Whether the figure got better, worse, stayed the same or cannot be told. */
    public enum Verdict {
        BETTER("better"), WORSE("worse"), SAME("unchanged"), UNKNOWN("no comparison");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Changes smaller than this (in percent) count as unchanged. */
    static final double SAME_WITHIN_PERCENT = 0.5;

    /** The change from before to after in percent of before; null when either is missing or before is zero. */
    public Double changePercent() {
        if (before == null || after == null) {
            return null;
        }
        if (before == 0) {
            return after == 0 ? 0.0 : null;
        }
        return (after - before) / Math.abs(before) * 100;
    }

    public Verdict verdict() {
        Double change = changePercent();
        if (change == null) {
            return Verdict.UNKNOWN;
        }
        if (Math.abs(change) < SAME_WITHIN_PERCENT) {
            return Verdict.SAME;
        }
        return (change < 0) == lowerIsBetter ? Verdict.BETTER : Verdict.WORSE;
    }

    /** The change in words, never in colour only: "↓ 25.6 % better", "↑ 3.0 % worse", "unchanged", "no comparison". */
    public String describeChange() {
        Double change = changePercent();
        Verdict verdict = verdict();
        if (verdict == Verdict.UNKNOWN || verdict == Verdict.SAME) {
            return verdict.label();
        }
        return (change < 0 ? "↓ " : "↑ ") + String.format(Locale.ROOT, "%.1f %%", Math.abs(change)) + " " + verdict.label();
    }
}
