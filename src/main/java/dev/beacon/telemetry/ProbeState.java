package dev.beacon.telemetry;

/** What a health probe found: the server answers, is still loading the model, or does not work. */
public enum ProbeState {
    UP, STARTING, DOWN
}
