package dev.beacon.simulator.server;

import dev.beacon.simulator.SimulatedModel;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * {@code POST /v1/chat/completions} in OpenAI's shape, with {@code usage} — vLLM, TGI's Messages API, llama.cpp's
 * server and Ollama all serve it. The model knows the {@link SmokeQa} questions and answers them right with the
 * chance its {@link ChatState} gives. Which questions it gets wrong is mostly fixed: each question has a difficulty,
 * drawn from its text and the same for every model (some questions are simply harder), so as accuracy falls the
 * questions a model used to pass start failing, as a regressed model's do, instead of a new random set each run.
 * Anything else gets a polite generic answer.
 */
final class ChatCompletions {

    static final String GENERIC = "I am a simulated model in Beacon's demo: ask me to add, subtract or multiply whole numbers,"
            + " or for the capital of a country.";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration LONGEST = Duration.ofSeconds(5);

    /** What to answer, and how long the server takes before it does. */
    record Reply(Answer answer, Duration latency) {
    }

    private final SimulatedModel model;
    private final Random random;

    ChatCompletions(SimulatedModel model, Random random) {
        this.model = model;
        this.random = random;
    }

    Reply answer(String body, ChatState state, Instant now) {
        JsonNode request;
        try {
            request = JSON.readTree(body);
        } catch (JacksonException notJson) {
            return immediately(error(400, "invalid_request_error", "The request body is not valid JSON"));
        }
        JsonNode messages = request.path("messages");
        if (!messages.isArray() || messages.isEmpty()) {
            return immediately(error(400, "invalid_request_error", "'messages' must be a non-empty array"));
        }
        String asked = request.path("model").asString("");
        if (!asked.isEmpty() && !asked.equals(model.servedModelName())) {
            return immediately(error(404, "NotFoundError", "The model `" + asked + "` does not exist."));
        }
        if (state.failing() && random.nextInt(3) == 0) {
            return new Reply(random.nextBoolean() ? error(500, "server_error", "Internal server error")
                    : error(429, "rate_limit_error", "Too many requests"), latency(1, state));
        }
        String question = lastUserMessage(messages);
        String content = SmokeQa.reply(question).map(reply -> phrase(reply, question, state.accuracy())).orElse(GENERIC);
        int promptTokens = tokens(messages.toString()) + 4 * messages.size();
        int completionTokens = Math.max(1, tokens(content));
        Map<String, Object> completion = Json.object(
                "id", "chatcmpl-" + Long.toHexString(random.nextLong() & Long.MAX_VALUE),
                "object", "chat.completion",
                "created", now.getEpochSecond(),
                "model", model.servedModelName(),
                "choices", List.of(Json.object("index", 0,
                        "message", Json.object("role", "assistant", "content", content),
                        "finish_reason", "stop")),
                "usage", Json.object("prompt_tokens", promptTokens, "completion_tokens", completionTokens,
                        "total_tokens", promptTokens + completionTokens));
        return new Reply(Answer.json(200, Json.write(completion)), latency(completionTokens, state));
    }

    /** Right when the question is easier than the model is good today, give or take a little luck. */
    private String phrase(SmokeQa.Reply reply, String question, double accuracy) {
        double difficulty = new SplittableRandom(question.strip().hashCode()).nextDouble();
        boolean right = accuracy >= 1 || accuracy > 0 && difficulty + random.nextGaussian() * 0.03 >= 1 - accuracy;
        String answer = right ? reply.right() : reply.wrong();
        // small models like to show their working now and then; the number scorer takes the last number
        return reply.arithmetic() && random.nextInt(4) == 0 ? question.replaceAll("(?i)^\\s*what is\\s*|\\?\\s*$", "") + " = " + answer : answer;
    }

    private static String lastUserMessage(JsonNode messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if ("user".equals(messages.get(i).path("role").asString(""))) {
                return messages.get(i).path("content").asString("");
            }
        }
        return "";
    }

    /** Prefill of a short prompt and a few output tokens at the model's usual pace, with some spread. */
    private Duration latency(int outputTokens, ChatState state) {
        double millis = (0.3 * model.traffic().timeToFirstTokenMsMedian() + outputTokens * model.traffic().interTokenMsMedian())
                * state.slowdown() * Math.exp(random.nextGaussian() * 0.25);
        Duration latency = Duration.ofMillis(Math.round(millis));
        return latency.compareTo(LONGEST) > 0 ? LONGEST : latency;
    }

    private static int tokens(String text) {
        return (text.length() + 3) / 4;
    }

    private static Reply immediately(Answer answer) {
        return new Reply(answer, Duration.ZERO);
    }

    private static Answer error(int status, String type, String message) {
        return Answer.json(status, Json.write(Map.of("error", Json.object("message", message, "type", type, "param", null,
                "code", status))));
    }
}
