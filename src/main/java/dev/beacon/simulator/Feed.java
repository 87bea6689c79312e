package dev.beacon.simulator;

import dev.beacon.registry.ModelRuntime;

/**
 * How Beacon learns about a simulated model's requests. Exactly one path per model, so nothing is counted
 * twice: servers with Prometheus metrics are scraped and get no events; the others are reported by clients.
 */
public enum Feed {
    /** Beacon scrapes the server's {@code /metrics} (vLLM, TGI, llama.cpp). */
    SCRAPE,
    /** The client posts request events to {@code /api/v1/ingest/events} (Ollama). */
    EVENTS,
    /** The client exports OpenTelemetry GenAI spans to {@code /v1/traces} (OpenAI-compatible gateways). */
    SPANS;

    public static Feed of(ModelRuntime runtime) {
        return switch (runtime) {
            case VLLM, TGI, LLAMA_CPP -> SCRAPE;
            case OLLAMA -> EVENTS;
            case OPENAI_COMPATIBLE, OTHER -> SPANS;
        };
    }
}
