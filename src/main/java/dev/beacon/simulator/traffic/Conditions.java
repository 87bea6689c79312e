package dev.beacon.simulator.traffic;

import dev.beacon.simulator.Degradation;

import java.util.Map;

/**
 * How a model server is doing at a moment, as the request draws see it. A strength of 1 is a full
 * degradation (live ones are always full); history uses weaker ones, e.g. a latency regression of 0.25.
 */
public record Conditions(double latencyFactor, double errorShare, boolean unavailable, boolean loading) {

    public static final Conditions NORMAL = new Conditions(1, 0, false, false);

    /** The conditions under these degradations, each with its strength (0–1). */
    public static Conditions of(Map<Degradation, Double> strengths) {
        double latency = 1 + 3 * strengths.getOrDefault(Degradation.LATENCY_SPIKE, 0.0);
        double errors = 0.35 * strengths.getOrDefault(Degradation.ERROR_BURST, 0.0);
        return new Conditions(latency, errors, strengths.containsKey(Degradation.OUTAGE),
                strengths.containsKey(Degradation.LOADING));
    }
}
