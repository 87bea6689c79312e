package dev.beacon.simulator.server;

import dev.beacon.simulator.SimulatedModel;

import java.time.Instant;
import java.util.Random;

/** The simulated server for each runtime. */
final class Runtimes {

    private Runtimes() {
    }

    static SimulatedRuntime create(SimulatedModel model, Instant started, Random random) {
        return switch (model.runtime()) {
            case VLLM -> new VllmRuntime(model, started, random);
            case TGI -> new TgiRuntime(model, random);
            case LLAMA_CPP -> new LlamaCppRuntime(model);
            case OLLAMA -> new OllamaRuntime(model);
            case OPENAI_COMPATIBLE, OTHER -> new OpenAiCompatibleRuntime(model);
        };
    }
}
