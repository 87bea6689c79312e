package dev.beacon.simulator;

import dev.beacon.MutableClock;
import dev.beacon.registry.ModelRuntime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static dev.beacon.simulator.SimulatedFleet.model;
import static org.assertj.core.api.Assertions.assertThat;

/** The simulated servers answer OpenAI-style chat completions like a small model: mostly right, drifting on schedule. */
class ChatCompletionsTest {

    static final Instant START = Instant.parse("2026-03-10T14:00:00Z");
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    final MutableClock clock = new MutableClock(Clock.fixed(START, ZoneOffset.UTC));
    Simulator simulator;

    @BeforeEach
    void start() {
        simulator = new Simulator(List.of(model("steady", ModelRuntime.VLLM, "org/steady"),
                model("drifting", ModelRuntime.OLLAMA, "drift:7b"), model("llama.cpp", ModelRuntime.LLAMA_CPP, "model.gguf"),
                model("gateway", ModelRuntime.OPENAI_COMPATIBLE, "gateway-model")),
                List.of(new ScheduledDegradation("llama.cpp", Degradation.LOADING, null, Duration.ZERO, Duration.ofMinutes(3))),
                List.of(AnswerAccuracy.constant("steady", 1.0),
                        new AnswerAccuracy("drifting", 0.95, 0.6, Duration.ofMinutes(4), Duration.ofMinutes(8),
                                Duration.ofMinutes(20), Duration.ofMinutes(10), Duration.ofMinutes(60)),
                        AnswerAccuracy.constant("gateway", 0.0)),
                clock, 3);
        simulator.start();
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void a_known_question_gets_an_openai_shaped_completion_with_usage_and_the_right_answer() {
        JsonNode completion = ask("steady", "org/steady", "What is the capital of Australia?").json();

        assertThat(completion.path("object").asString()).isEqualTo("chat.completion");
        assertThat(completion.path("model").asString()).isEqualTo("org/steady");
        assertThat(completion.at("/choices/0/message/role").asString()).isEqualTo("assistant");
        assertThat(completion.at("/choices/0/message/content").asString()).isEqualTo("Canberra");
        assertThat(completion.at("/choices/0/finish_reason").asString()).isEqualTo("stop");
        assertThat(completion.at("/usage/prompt_tokens").asInt()).isPositive();
        assertThat(completion.at("/usage/completion_tokens").asInt()).isPositive();
        assertThat(completion.at("/usage/total_tokens").asInt())
                .isEqualTo(completion.at("/usage/prompt_tokens").asInt() + completion.at("/usage/completion_tokens").asInt());
        assertThat(content(ask("steady", "org/steady", "What is 17 + 25?"))).endsWith("42");
    }

    @Test
    void a_model_that_is_never_right_answers_plausibly_wrong_and_unknown_questions_get_a_generic_answer() {
        assertThat(content(ask("gateway", "gateway-model", "What is the capital of Australia?"))).isEqualTo("Sydney");
        assertThat(content(ask("gateway", "gateway-model", "What is 17 + 25?"))).matches(".*\\b(41|52)$");
        assertThat(content(ask("steady", "org/steady", "Write a haiku about GPUs"))).contains("simulated model");
    }

    @Test
    void accuracy_drifts_down_after_the_steady_minutes_and_comes_back_on_schedule() {
        double atStart = shareRight("drifting", "drift:7b");
        clock.advance(Duration.ofMinutes(15));
        double degraded = shareRight("drifting", "drift:7b");
        clock.advance(Duration.ofMinutes(30));
        double recovered = shareRight("drifting", "drift:7b");

        assertThat(atStart).isBetween(0.88, 1.0);
        assertThat(degraded).isBetween(0.5, 0.7);
        assertThat(recovered).isBetween(0.88, 1.0);
    }

    @Test
    void the_questions_a_drifting_model_gets_wrong_are_mostly_the_same_each_run_so_regressions_are_real() {
        clock.advance(Duration.ofMinutes(15));
        List<String> questions = sums(40);
        List<Boolean> first = rightOnes("drifting", "drift:7b", questions);
        List<Boolean> second = rightOnes("drifting", "drift:7b", questions);

        long same = IntStream.range(0, questions.size()).filter(i -> first.get(i) == second.get(i)).count();
        assertThat(same).isGreaterThanOrEqualTo(34);
    }

    @Test
    void a_loading_llama_cpp_refuses_with_503_a_wrong_model_name_is_404_and_bad_json_is_400() {
        assertThat(ask("llama.cpp", "model.gguf", "What is 2 + 2?").status()).isEqualTo(503);
        clock.advance(Duration.ofMinutes(4));
        simulator.tick();
        assertThat(content(ask("llama.cpp", "model.gguf", "What is 2 + 2?"))).matches(".*\\d$");

        Reply unknownModel = ask("steady", "org/other", "What is 2 + 2?");
        assertThat(unknownModel.status()).isEqualTo(404);
        assertThat(unknownModel.json().at("/error/message").asString()).contains("org/other");
        assertThat(post("steady", "{not json").status()).isEqualTo(400);
    }

    private double shareRight(String model, String served) {
        List<String> questions = sums(100);
        return rightOnes(model, served, questions).stream().filter(right -> right).count() / (double) questions.size();
    }

    /** Asks all at once, as an evaluation run with concurrency does: each answer takes the model's latency. */
    private List<Boolean> rightOnes(String model, String served, List<String> questions) {
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Boolean>> answers = questions.stream().map(question -> threads.submit(() -> {
                String[] terms = question.replaceAll("[^0-9+]", "").split("\\+");
                return content(ask(model, served, question)).endsWith(Long.toString(Long.parseLong(terms[0]) + Long.parseLong(terms[1])));
            })).toList();
            return answers.stream().map(ChatCompletionsTest::result).toList();
        }
    }

    private static boolean result(Future<Boolean> answer) {
        try {
            return answer.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> sums(int count) {
        return IntStream.range(0, count).mapToObj(i -> "What is " + (11 + 7 * i) + " + " + (23 + 13 * i) + "?").toList();
    }

    private static String content(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().at("/choices/0/message/content").asString();
    }

    private Reply ask(String model, String served, String question) {
        return post(model, JSON.writeValueAsString(Map.of("model", served, "temperature", 0, "max_tokens", 64, "stream", false,
                "messages", List.of(Map.of("role", "system", "content", "Answer briefly."), Map.of("role", "user", "content", question)))));
    }

    private Reply post(String model, String body) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(simulator.endpoint(model) + "/v1/chat/completions"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Reply(int status, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
