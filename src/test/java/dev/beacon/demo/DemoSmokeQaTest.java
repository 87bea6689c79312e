package dev.beacon.demo;

import dev.beacon.MutableClock;
import dev.beacon.evaluation.CaseData;
import dev.beacon.evaluation.Outcome;
import dev.beacon.evaluation.Scoring;
import dev.beacon.registry.ModelRuntime;
import dev.beacon.simulator.AnswerAccuracy;
import dev.beacon.simulator.SimulatedModel;
import dev.beacon.simulator.Simulator;
import dev.beacon.simulator.TrafficProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

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

import static org.assertj.core.api.Assertions.assertThat;

/** The demo suite and the simulated fleet agree: a model that is always right passes every case, one never right fails them all. */
class DemoSmokeQaTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final TrafficProfile QUICK = new TrafficProfile(1, 2, 100, 5, 10, 1, 4);

    final MutableClock clock = new MutableClock(Clock.fixed(Instant.parse("2026-03-10T14:00:00Z"), ZoneOffset.UTC));
    Simulator simulator;

    @BeforeEach
    void start() {
        List<AnswerAccuracy> accuracies = new java.util.ArrayList<>(DemoFleetPlan.ACCURACY);
        accuracies.addAll(List.of(AnswerAccuracy.constant("right", 1.0), AnswerAccuracy.constant("wrong", 0.0)));
        simulator = new Simulator(List.of(model("right"), model("wrong"), model(DemoSmokeQa.DRIFTING_MODEL)), List.of(), accuracies, clock, 5);
        simulator.start();
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void twenty_cases_of_sums_scored_as_numbers_and_capitals_scored_as_exact_answers() {
        List<CaseData> cases = DemoSmokeQa.cases();

        assertThat(cases).hasSize(20);
        assertThat(cases).filteredOn(data -> data.tags().contains("arithmetic")).hasSize(10)
                .allSatisfy(data -> assertThat(data.scorer().type()).isEqualTo("number"));
        assertThat(cases).filteredOn(data -> data.tags().contains("geography")).hasSize(10)
                .allSatisfy(data -> assertThat(data.scorerOr(DemoSmokeQa.SUITE.defaultScorer()).type()).isEqualTo("exact"));
    }

    @Test
    void a_simulated_model_that_is_always_right_passes_every_case_and_one_never_right_fails_every_case() {
        for (CaseData data : DemoSmokeQa.cases()) {
            var scorer = data.scorerOr(DemoSmokeQa.SUITE.defaultScorer());
            assertThat(Scoring.score(scorer, data.expected(), answer("right", data)).outcome()).as(data.question()).isEqualTo(Outcome.PASSED);
            assertThat(Scoring.score(scorer, data.expected(), answer("wrong", data)).outcome()).as(data.question()).isEqualTo(Outcome.FAILED);
        }
    }

    @Test
    void the_drifting_model_starts_healthy_is_at_its_worst_a_quarter_hour_in_and_healthy_again_within_the_hour() {
        AnswerAccuracy drift = DemoFleetPlan.ACCURACY.stream().filter(accuracy -> accuracy.model().equals(DemoSmokeQa.DRIFTING_MODEL))
                .findFirst().orElseThrow();

        assertThat(drift.at(Duration.ZERO)).isGreaterThanOrEqualTo(0.95);
        assertThat(drift.at(Duration.ofMinutes(5))).isBetween(0.85, 0.9);
        assertThat(drift.at(Duration.ofMinutes(10))).isLessThan(0.8);
        assertThat(drift.at(Duration.ofMinutes(15))).isLessThan(0.65);
        assertThat(drift.at(Duration.ofMinutes(50))).isGreaterThanOrEqualTo(0.95);
        assertThat(drift.at(Duration.ofMinutes(75))).isEqualTo(drift.at(Duration.ofMinutes(15)));
        assertThat(DemoSmokeQa.EVERY_MINUTES).containsEntry(DemoSmokeQa.DRIFTING_MODEL, 5);
    }

    @Test
    void the_drifting_model_scores_above_the_warning_threshold_at_the_start_and_below_the_critical_one_a_quarter_hour_in() {
        double atStart = accuracy(DemoSmokeQa.DRIFTING_MODEL);
        clock.advance(Duration.ofMinutes(15));
        double later = accuracy(DemoSmokeQa.DRIFTING_MODEL);

        assertThat(atStart).isGreaterThanOrEqualTo(0.9);
        assertThat(later).isLessThan(0.8);
    }

    /** What an evaluation run of the demo suite would score: passed / (passed + failed). */
    private double accuracy(String model) {
        List<CaseData> cases = DemoSmokeQa.cases();
        long passed = cases.stream().filter(data -> Scoring.score(data.scorerOr(DemoSmokeQa.SUITE.defaultScorer()), data.expected(),
                answer(model, data)).outcome() == Outcome.PASSED).count();
        return passed / (double) cases.size();
    }

    private String answer(String model, CaseData data) {
        Map<String, Object> request = Map.of("model", "demo/" + model, "messages", data.messages(), "temperature", 0);
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(simulator.endpoint(model) + "/v1/chat/completions"))
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return JSON.readTree(response.body()).at("/choices/0/message/content").asString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static SimulatedModel model(String name) {
        return new SimulatedModel(name, ModelRuntime.VLLM, "demo/" + name, 0, 8192, 256, 0, QUICK);
    }
}
