package dev.beacon.simulator;

/**
 * Evaluation scores a simulated model gets from time to time, e.g. accuracy on a golden dataset.
 *
 * @param mean   the score the model usually gets (0–1)
 * @param spread how much single runs vary around it
 */
public record ScoreFeed(String model, String name, double mean, double spread, String dataset, String evaluator) {
}
