package dev.beacon.simulator;

import dev.beacon.registry.ModelRuntime;

/**
 * One simulated model server.
 *
 * @param name            the model's name in Beacon (how the simulator, its schedule and its API call it)
 * @param servedModelName the name the server knows the model by (vLLM's {@code model_name} label, Ollama's tag…)
 * @param port            where it listens on 127.0.0.1; 0 picks a free port (tests)
 */
public record SimulatedModel(String name, ModelRuntime runtime, String servedModelName, int port, int contextWindow,
                             int maxOutputTokens, double temperature, TrafficProfile traffic) {

    public Feed feed() {
        return Feed.of(runtime);
    }
}
