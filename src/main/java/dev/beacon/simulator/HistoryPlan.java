package dev.beacon.simulator;

import dev.beacon.shared.ModelId;

import java.util.List;

/**
 * What a model's past should look like.
 *
 * @param probed whether Beacon probes the model (it does not probe retired ones)
 * @param score  evaluation scores it got once a day, or null
 */
public record HistoryPlan(ModelId model, SimulatedModel simulated, boolean probed, List<HistoryIncident> incidents,
                          ScoreFeed score) {
}
