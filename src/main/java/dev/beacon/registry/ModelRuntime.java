package dev.beacon.registry;

/** The kind of server a model runs on; it decides how Beacon talks to it. */
public enum ModelRuntime {
    VLLM("vLLM"),
    OLLAMA("Ollama"),
    LLAMA_CPP("llama.cpp"),
    TGI("TGI"),
    OPENAI_COMPATIBLE("OpenAI-compatible"),
    OTHER("Other");

    private final String label;

    ModelRuntime(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
