package dev.beacon.evaluation;

/** The two runs a model comparison started (trigger COMPARE): the suite on model a and on model b. */
public record RunPair(Run a, Run b) {
}
