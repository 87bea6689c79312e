package dev.beacon.dashboard.model;

/** The panels of a model dashboard, in the order they appear. */
enum PanelKind {
    LATENCY("Latency", "latency"),
    TIME_TO_FIRST_TOKEN("Time to first token", "time-to-first-token"),
    INTER_TOKEN_LATENCY("Inter-token latency", "inter-token-latency"),
    OUTPUT_SPEED("Output tokens per second", "output-tokens-per-second"),
    REQUESTS("Requests per minute", "requests-per-minute"),
    TOKENS("Tokens per minute", "tokens-per-minute"),
    ERRORS("Errors", "errors"),
    SERVER("Queue and KV cache", "queue-and-kv-cache"),
    PROBES("Health probes", "health-probes"),
    CONTEXT("Context-window use", "context-window-use"),
    SCORES("Evaluation scores", "evaluation-scores");

    private final String title;
    private final String slug;

    PanelKind(String title, String slug) {
        this.title = title;
        this.slug = slug;
    }

    String title() {
        return title;
    }

    /** The panel's name in file names, e.g. of its CSV download. */
    String slug() {
        return slug;
    }
}
