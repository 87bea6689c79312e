package dev.beacon.telemetry.scrape;

import dev.beacon.telemetry.rollup.Distribution;
import dev.beacon.telemetry.rollup.Gauge;

import java.util.List;
import java.util.Map;

/**
 * What Beacon makes of one runtime's metrics. Where a runtime renamed a metric, {@code names} lists the
 * current name first and older ones after it; the first one a server serves is used, so a rename is one
 * more string in the runtime's mapping.
 */
record MetricMapping(String runtime, List<CounterRule> counters, List<ErrorRule> errors, List<HistogramRule> histograms,
                     List<GaugeRule> gauges, List<ThroughputRule> throughputs) {

    /** The figures a counter (or a histogram's sum) adds to. */
    enum Figure { REQUESTS, INPUT_TOKENS, OUTPUT_TOKENS, PREEMPTIONS }

    /** What a histogram's observations are, and so how they become a Beacon distribution. */
    enum Unit {
        /** Seconds, kept as milliseconds. */
        SECONDS,
        /** Tokens of a prompt, kept as a share of the model's context window. */
        PROMPT_TOKENS,
        /** Seconds per output token, kept as output tokens per second. */
        SECONDS_PER_TOKEN,
        /** Token counts that feed only a figure through the histogram's sum. */
        TOKENS
    }

    /** A counter whose increase adds to a figure. */
    record CounterRule(List<String> names, Figure figure) {
    }

    /**
     * A counter of failed requests, split by a label. {@code errorTypes} maps label values to Beacon's error
     * types; values it does not list are not failures. An empty map counts every value as its own error type.
     */
    record ErrorRule(String name, String label, Map<String, String> errorTypes) {
    }

    /** A histogram whose per-interval buckets feed a distribution (null: none) and whose sum feeds a figure (null: none). */
    record HistogramRule(List<String> names, Distribution distribution, Unit unit, Figure sumFigure) {
    }

    /** A gauge; series of several engines are added up, or averaged for shares such as cache use. */
    record GaugeRule(List<String> names, Gauge gauge, boolean average) {
    }

    /** Tokens per second over the interval, from a token counter and a counter of the seconds spent on them. */
    record ThroughputRule(String tokens, String seconds, Distribution distribution) {
    }

    static List<String> names(String... names) {
        return List.of(names);
    }
}
