package dev.beacon.telemetry.otlp;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every name Beacon reads from OpenTelemetry data, in one place: the GenAI semantic conventions (still
 * "Development", so names change — keep old and new side by side here, newest first), vLLM's own span
 * attributes, and Beacon's resource attribute. A rename is a one-line change in this class.
 */
final class GenAiConventions {

    private GenAiConventions() {
    }

    /** Beacon's own attribute (resource or span/point): the Beacon model id, which beats any model name. */
    static final String BEACON_MODEL_ID = "beacon.model.id";

    static final String OPERATION_NAME = "gen_ai.operation.name";
    static final String REQUEST_MODEL = "gen_ai.request.model";
    static final String RESPONSE_MODEL = "gen_ai.response.model";
    /** The provider: {@code gen_ai.provider.name}, formerly {@code gen_ai.system}. */
    static final List<String> PROVIDER = List.of("gen_ai.provider.name", "gen_ai.system");

    /**
     * Attributes that make a span a GenAI span. {@code gen_ai.response.model} is among them because vLLM's
     * server spans carry it (and token counts) without the others.
     */
    static final List<String> GEN_AI_SPAN_MARKERS = List.of(OPERATION_NAME, REQUEST_MODEL, RESPONSE_MODEL,
            PROVIDER.get(0), PROVIDER.get(1));

    /**
     * Operations that are not a request to a model: an agent's or a tool's span wraps the model calls it
     * makes (which are spans of their own), so counting it would count those requests twice.
     */
    static final Set<String> NON_MODEL_OPERATIONS = Set.of("invoke_agent", "create_agent", "execute_tool");

    static final List<String> USAGE_INPUT_TOKENS = List.of("gen_ai.usage.input_tokens", "gen_ai.usage.prompt_tokens");
    static final List<String> USAGE_OUTPUT_TOKENS = List.of("gen_ai.usage.output_tokens", "gen_ai.usage.completion_tokens");
    static final String REQUEST_TEMPERATURE = "gen_ai.request.temperature";
    static final String REQUEST_MAX_TOKENS = "gen_ai.request.max_tokens";
    /** vLLM's span attribute for the time to first token, in seconds (not part of the conventions). */
    static final String VLLM_TIME_TO_FIRST_TOKEN_SECONDS = "gen_ai.latency.time_to_first_token";

    /** Why an operation failed, e.g. {@code timeout} or an exception's class name; on spans and duration points. */
    static final String ERROR_TYPE = "error.type";

    static final String TOKEN_TYPE = "gen_ai.token.type";
    /** Values of {@link #TOKEN_TYPE}: {@code input}/{@code output}, formerly also {@code prompt}/{@code completion}. */
    static final Set<String> INPUT_TOKEN_TYPES = Set.of("input", "prompt");
    static final Set<String> OUTPUT_TOKEN_TYPES = Set.of("output", "completion");

    /** What a GenAI histogram tells about a model's requests. */
    enum MetricRole {
        /** A request's whole duration (seconds): latency distribution, request and error counts. */
        REQUEST_DURATION,
        /** Time to the first token or chunk (seconds). */
        TIME_TO_FIRST_TOKEN,
        /** Time per output token or chunk after the first (seconds): inter-token latency. */
        TIME_PER_OUTPUT_TOKEN,
        /** Tokens per request by {@link #TOKEN_TYPE} ({@code {token}}). */
        TOKEN_USAGE
    }

    static final Map<String, MetricRole> METRICS = Map.of(
            "gen_ai.client.operation.duration", MetricRole.REQUEST_DURATION,
            "gen_ai.server.request.duration", MetricRole.REQUEST_DURATION,
            "gen_ai.client.token.usage", MetricRole.TOKEN_USAGE,
            "gen_ai.server.time_to_first_token", MetricRole.TIME_TO_FIRST_TOKEN,
            "gen_ai.client.operation.time_to_first_chunk", MetricRole.TIME_TO_FIRST_TOKEN,
            "gen_ai.server.time_per_output_token", MetricRole.TIME_PER_OUTPUT_TOKEN,
            "gen_ai.client.operation.time_per_output_chunk", MetricRole.TIME_PER_OUTPUT_TOKEN);
}
