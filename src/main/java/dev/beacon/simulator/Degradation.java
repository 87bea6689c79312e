package dev.beacon.simulator;

/** What can go wrong with a simulated model server, on schedule or on demand ({@link Simulator#degrade}). */
public enum Degradation {
    /** Requests take about four times longer: long queues, slow prefill and decoding, a nearly full KV cache. */
    LATENCY_SPIKE,
    /** About a third of the requests fail: rate limited (the server is overloaded) or server errors. */
    ERROR_BURST,
    /**
     * The server is gone: connections are refused, and clients report their requests as {@code unavailable}.
     * It comes back as a fresh process, so its counters start again from zero.
     */
    OUTAGE,
    /**
     * The server runs but is still loading the model: llama.cpp answers 503 "Loading model", Ollama lists no
     * loaded model (and its requests wait for the load), the others answer {@code /health} with 503.
     */
    LOADING
}
