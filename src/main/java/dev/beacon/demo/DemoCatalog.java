package dev.beacon.demo;

import dev.beacon.registry.ModelData;
import dev.beacon.registry.ModelMonitoring;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.registry.ModelStatus;
import dev.beacon.security.TeamRole;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the demo contains. Every demo user signs in with {@link #PASSWORD}; README lists them. The models run on
 * the simulated fleet: model number n (in this order) on 127.0.0.1 at the base port + n.
 */
final class DemoCatalog {

    static final String PASSWORD = "Beacon-Demo-2026";
    static final int DEFAULT_BASE_PORT = 18001;
    private static final String SIMULATOR_HOST = "http://127.0.0.1:";

    record DemoUser(String username, String displayName) {
    }

    record DemoTeam(String name, String description, Map<String, TeamRole> members) {
    }

    /** A model, who registers it, and later version changes as (label, note, who). */
    record DemoModel(String team, String registeredBy, ModelData data, List<VersionStep> laterVersions) {
    }

    record VersionStep(String label, String note, String by) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("olivia", "Olivia Ortiz"),
            new DemoUser("ethan", "Ethan Brooks"),
            new DemoUser("vera", "Vera Lind"),
            new DemoUser("samir", "Samir Haddad"),
            new DemoUser("nina", "Nina Petrova"),
            new DemoUser("leo", "Leo Martin"));

    static final List<DemoTeam> TEAMS = List.of(
            new DemoTeam("Platform", "Runs the shared inference platform on the A100 cluster",
                    Map.of("olivia", TeamRole.OWNER, "ethan", TeamRole.EDITOR, "vera", TeamRole.VIEWER)),
            new DemoTeam("Research", "Fine-tunes and evaluates candidate models",
                    Map.of("samir", TeamRole.OWNER, "nina", TeamRole.EDITOR, "ethan", TeamRole.VIEWER)),
            new DemoTeam("Support Bots", "Customer-facing assistants and ticket triage",
                    Map.of("nina", TeamRole.OWNER, "leo", TeamRole.EDITOR)));

    static final List<DemoModel> MODELS = List.of(
            new DemoModel("Platform", "olivia", model("llama-3.1-70b-instruct", "General chat model for internal tools",
                    ModelRuntime.VLLM, simulated(0), "meta-llama/Llama-3.1-70B-Instruct", "2024-07",
                    131072, "0.6", 4096, List.of("chat", "production", "a100"), ModelStatus.ACTIVE),
                    List.of(new VersionStep("2024-10-fp8", "FP8 quantization halves GPU memory", "ethan"),
                            new VersionStep("2025-01-fp8", "vLLM 0.7 upgrade, prefix caching on", "olivia"))),
            new DemoModel("Platform", "ethan", model("qwen2.5-coder-32b", "Code completion for the IDE plugin",
                    ModelRuntime.VLLM, simulated(1), "Qwen/Qwen2.5-Coder-32B-Instruct", "v1",
                    32768, "0.2", 2048, List.of("code", "production"), ModelStatus.ACTIVE),
                    List.of(new VersionStep("v2", "Longer context for repository-level completion", "ethan"))),
            new DemoModel("Platform", "olivia", model("mixtral-8x7b-instruct", "Previous general chat model, kept for two legacy tools",
                    ModelRuntime.TGI, simulated(2), "mistralai/Mixtral-8x7B-Instruct-v0.1", "v0.1",
                    32768, "0.7", 2048, List.of("chat", "legacy"), ModelStatus.DEPRECATED), List.of()),
            new DemoModel("Research", "nina", model("mistral-7b-support-ft", "Fine-tune candidate for the support assistant",
                    ModelRuntime.OLLAMA, simulated(3), "mistral:7b-instruct", "ft-001",
                    32768, "0.3", 1024, List.of("experiment", "fine-tune"), ModelStatus.ACTIVE),
                    List.of(new VersionStep("ft-002", "Cleaned training set, 2 more epochs", "nina"),
                            new VersionStep("ft-003", "DPO pass on support transcripts", "samir"))),
            new DemoModel("Research", "samir", model("phi-3-mini-eval", "Small CPU model for evaluation baselines",
                    ModelRuntime.LLAMA_CPP, simulated(4), "phi-3-mini-4k-instruct-q4_k_m.gguf", "q4_k_m",
                    4096, "0.0", 512, List.of("eval", "cpu"), ModelStatus.ACTIVE), List.of()),
            new DemoModel("Research", "samir", model("gemma-2-9b", "Earlier evaluation candidate",
                    ModelRuntime.OLLAMA, simulated(5), "gemma2:9b", "v1",
                    8192, "0.7", 1024, List.of("eval"), ModelStatus.RETIRED), List.of()),
            new DemoModel("Support Bots", "nina", model("support-assistant", "Answers customers in the help widget",
                    ModelRuntime.OPENAI_COMPATIBLE, simulated(6), "support-assistant", "v1",
                    16384, "0.4", 1024, List.of("chat", "production", "customer-facing"), ModelStatus.ACTIVE),
                    List.of(new VersionStep("v2", "New system prompt with refund policy", "leo"),
                            new VersionStep("v3", "Switched base model to the Research fine-tune ft-003", "nina"))),
            new DemoModel("Support Bots", "leo", model("ticket-triage", "Routes incoming tickets to queues",
                    ModelRuntime.VLLM, simulated(7), "Qwen/Qwen2.5-7B-Instruct", "v1",
                    32768, "0.0", 256, List.of("classification", "production"), ModelStatus.ACTIVE), List.of()));

    /** Where the demo models pointed before the simulated fleet existed; such endpoints are moved to the fleet. */
    static final Map<String, String> FORMER_ENDPOINTS = Map.of(
            "llama-3.1-70b-instruct", "http://gpu-a100-1.internal:8000",
            "qwen2.5-coder-32b", "http://gpu-a100-2.internal:8000",
            "mixtral-8x7b-instruct", "http://tgi-1.internal:8080",
            "mistral-7b-support-ft", "http://research-ws-3:11434",
            "phi-3-mini-eval", "http://research-ws-1:8080",
            "gemma-2-9b", "http://research-ws-2:11434",
            "support-assistant", "https://llm-gateway.internal",
            "ticket-triage", "http://gpu-l4-1.internal:8000");

    private DemoCatalog() {
    }

    /** The model's simulated server when the fleet starts at {@code basePort}. */
    static String endpoint(DemoModel model, int basePort) {
        return SIMULATOR_HOST + (basePort + MODELS.indexOf(model));
    }

    /** Whether the endpoint is one of the simulated fleet's (at any base port). */
    static boolean isSimulated(String endpoint) {
        return endpoint.startsWith(SIMULATOR_HOST);
    }

    /** The username of the demo team's owner, who acts for the demo in that team. */
    static String ownerOf(String teamName) {
        return TEAMS.stream().filter(team -> team.name().equals(teamName)).findFirst()
                .flatMap(team -> team.members().entrySet().stream().filter(member -> member.getValue() == TeamRole.OWNER)
                        .map(Map.Entry::getKey).findFirst())
                .orElseThrow(() -> new IllegalArgumentException("No demo team " + teamName + " with an owner"));
    }

    private static String simulated(int slot) {
        return SIMULATOR_HOST + (DEFAULT_BASE_PORT + slot);
    }

    private static ModelData model(String name, String description, ModelRuntime runtime, String endpoint, String served,
                                   String version, int context, String temperature, int maxTokens, List<String> tags,
                                   ModelStatus status) {
        return new ModelData(name, description, runtime, endpoint, served, version, context, new BigDecimal(temperature),
                maxTokens, tags, status, ModelMonitoring.defaultsFor(runtime));
    }
}
