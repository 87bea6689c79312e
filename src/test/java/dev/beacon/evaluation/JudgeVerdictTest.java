package dev.beacon.evaluation;

import dev.beacon.shared.ModelId;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The LLM judge's verdict is read strictly: anything but the asked-for JSON object is an error, never a pass. */
class JudgeVerdictTest {

    static final Scorer.LlmJudge JUDGE = new Scorer.LlmJudge(new ModelId(UUID.randomUUID()), "", 0.7);

    @Test
    void a_verdict_object_is_read_plain_or_in_a_json_fence() {
        assertThat(JudgeVerdict.parse("{\"score\": 0.8, \"reason\": \"Right city, no detail\"}"))
                .isEqualTo(new JudgeVerdict(0.8, "Right city, no detail"));
        assertThat(JudgeVerdict.parse("```json\n{\"score\": 1, \"reason\": \"Exact\"}\n```").score()).isEqualTo(1.0);
        assertThat(JudgeVerdict.parse("  {\"reason\": \"Wrong\", \"score\": 0}\n").score()).isEqualTo(0.0);
        assertThat(JudgeVerdict.parse("```json {\"score\": 0.5, \"reason\": \"Half\"} ```").score()).isEqualTo(0.5);
    }

    @Test
    void the_verdict_passes_at_the_threshold_and_fails_below_it() {
        assertThat(Scoring.judged(JUDGE, "{\"score\": 0.7, \"reason\": \"Close enough\"}"))
                .isEqualTo(new CaseScore(Outcome.PASSED, 0.7, "Close enough"));
        assertThat(Scoring.judged(JUDGE, "{\"score\": 0.69, \"reason\": \"Misses the year\"}").outcome())
                .isEqualTo(Outcome.FAILED);
    }

    @Test
    void garbage_prose_and_broken_json_are_errors_that_say_the_verdict_could_not_be_read() {
        for (String reply : new String[]{"", "   ", "Great answer! 10/10", "The score is 0.9",
                "Sure! {\"score\": 0.9, \"reason\": \"ok\"}", "{\"score\": 0.9, \"reason\": \"ok\"} Hope this helps",
                "{\"score\": 0.9, \"reason\": \"ok\"", "```json\n{\"score\": 0.9, \"reason\": \"ok\"}\n``` extra",
                "[0.9, \"ok\"]", "{\"score\": 0.9, \"reason\": \"ok\", \"score\": 1}"}) {
            CaseScore score = Scoring.judged(JUDGE, reply);
            assertThat(score.outcome()).as(reply).isEqualTo(Outcome.ERRORED);
            assertThat(score.score()).as(reply).isNull();
            assertThat(score.reason()).as(reply).startsWith("The judge's verdict could not be read: ");
        }
    }

    @Test
    void a_score_outside_zero_to_one_or_not_a_number_is_refused() {
        assertThatThrownBy(() -> JudgeVerdict.parse("{\"score\": 1.5, \"reason\": \"Very good\"}"))
                .isInstanceOf(JudgeVerdict.Unreadable.class).hasMessageContaining("not between 0 and 1");
        assertThatThrownBy(() -> JudgeVerdict.parse("{\"score\": -0.1, \"reason\": \"Bad\"}"))
                .isInstanceOf(JudgeVerdict.Unreadable.class);
        assertThatThrownBy(() -> JudgeVerdict.parse("{\"score\": \"0.9\", \"reason\": \"Good\"}"))
                .hasMessageContaining("not a number");
        assertThatThrownBy(() -> JudgeVerdict.parse("{\"score\": 8, \"reason\": \"Out of ten\"}"))
                .isInstanceOf(JudgeVerdict.Unreadable.class);
    }

    @Test
    void a_missing_empty_or_multi_line_reason_and_extra_fields_are_refused() {
        assertThatThrownBy(() -> JudgeVerdict.parse("{\"score\": 0.9}")).hasMessageContaining("\"reason\" is missing");
        assertThatThrownBy(() -> JudgeVerdict.parse("{\"reason\": \"ok\"}")).hasMessageContaining("\"score\" is missing");
        assertThatThrownBy(() -> JudgeVerdict.parse("{\"score\": 0.9, \"reason\": \" \"}")).hasMessageContaining("reason");
        assertThatThrownBy(() -> JudgeVerdict.parse("{\"score\": 0.9, \"reason\": \"one\\ntwo\"}"))
                .hasMessageContaining("not one line");
        assertThatThrownBy(() -> JudgeVerdict.parse("{\"score\": 0.9, \"reason\": \"ok\", \"pass\": true}"))
                .hasMessageContaining("unexpected field \"pass\"");
    }

    @Test
    void the_judge_prompt_carries_question_expected_answer_answer_and_rubric_and_asks_for_the_verdict_format() {
        var messages = JudgePrompt.messages("Capital of France?", "Paris", "It is Paris.", "Accept any spelling");

        assertThat(messages).extracting(ChatMessage::role).containsExactly("system", "user");
        assertThat(messages.get(0).content()).contains("{\"score\"", "\"reason\"", "exactly one JSON object");
        assertThat(messages.get(1).content()).contains("<question>\nCapital of France?\n</question>",
                "<expected_answer>\nParis\n</expected_answer>", "<answer>\nIt is Paris.\n</answer>",
                "<rubric>\nAccept any spelling\n</rubric>");
        assertThat(JudgePrompt.messages("q", "e", "a", " ").get(1).content()).contains(JudgePrompt.DEFAULT_RUBRIC);
    }

    @Test
    void the_judge_is_never_scored_as_a_deterministic_scorer() {
        assertThatThrownBy(() -> Scoring.score(JUDGE, "Paris", "Paris")).isInstanceOf(IllegalArgumentException.class);
    }
}
