package dev.beacon.evaluation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Valid JSON (with a schema), a number within a tolerance, a multiple-choice letter. */
class StructuredScorersTest {

    static final Scorer.ValidJson JSON = new Scorer.ValidJson();
    static final String PERSON = """
            {"type": "object", "required": ["name", "age"],
             "properties": {"name": {"type": "string"}, "age": {"type": "integer", "minimum": 0}}}""";

    @Test
    void valid_json_passes_and_malformed_json_fails_with_the_parsers_reason() {
        assertThat(Scoring.score(JSON, "", "{\"a\": [1, 2]}").outcome()).isEqualTo(Outcome.PASSED);
        assertThat(Scoring.score(JSON, "", "[1, 2,]").outcome()).isEqualTo(Outcome.FAILED);
        assertThat(Scoring.score(JSON, "", "{\"a\": 1} and some prose").outcome()).isEqualTo(Outcome.FAILED);
        assertThat(Scoring.score(JSON, "", "{'a': 1}").reason()).startsWith("The answer is not valid JSON");
        assertThat(Scoring.score(JSON, "", "").outcome()).isEqualTo(Outcome.FAILED);
        assertThat(Scoring.score(JSON, "", "{\"a\": 1, \"a\": 2}").outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void json_in_a_fenced_block_is_accepted() {
        String fenced = "Here you go:\n```json\n{\"name\": \"Ada\", \"age\": 36}\n```\n";

        assertThat(Scoring.score(JSON, PERSON, fenced).outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void json_is_checked_against_the_schema_in_the_expected_answer() {
        assertThat(Scoring.score(JSON, PERSON, "{\"name\": \"Ada\", \"age\": 36}").outcome()).isEqualTo(Outcome.PASSED);
        CaseScore missingAge = Scoring.score(JSON, PERSON, "{\"name\": \"Ada\"}");
        assertThat(missingAge.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(missingAge.reason()).startsWith("The JSON does not match the schema").contains("age");
        assertThat(Scoring.score(JSON, PERSON, "{\"name\": \"Ada\", \"age\": -1}").outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void a_schema_that_is_not_valid_json_schema_is_refused_when_the_case_is_saved() {
        assertThat(ScorerRules.ofExpected(JSON, "{\"type\": \"strnig\"}")).isPresent();
        assertThat(ScorerRules.ofExpected(JSON, "{\"type\": ").get().message()).contains("not valid JSON");
        assertThat(ScorerRules.ofExpected(JSON, "[1]")).isPresent();
        assertThat(ScorerRules.ofExpected(JSON, PERSON)).isEmpty();
        assertThat(ScorerRules.ofExpected(JSON, "")).isEmpty();
    }

    @Test
    void a_schema_never_loads_anything_from_the_network() {
        String remote = "{\"$ref\": \"http://127.0.0.1:9/schema.json\"}";

        assertThat(Scoring.score(JSON, remote, "{}").outcome()).isNotEqualTo(Outcome.PASSED);
    }

    @Test
    void the_last_number_of_the_answer_must_be_within_the_tolerance() {
        var exactly = new Scorer.NumberWithin(0);
        var roughly = new Scorer.NumberWithin(0.5);

        assertThat(Scoring.score(exactly, "42", "6 times 7 is 42.").outcome()).isEqualTo(Outcome.PASSED);
        assertThat(Scoring.score(exactly, "42", "I think 42, no wait, 43").outcome()).isEqualTo(Outcome.FAILED);
        assertThat(Scoring.score(roughly, "3.14", "pi is about 3.7").outcome()).isEqualTo(Outcome.FAILED);
        assertThat(Scoring.score(roughly, "3.14", "pi is about 3.7").reason())
                .isEqualTo("The answer's number 3.7 is 0.56 away from 3.14 (tolerance ±0.5)");
        assertThat(Scoring.score(roughly, "3.14", "pi is about 3.5").outcome()).isEqualTo(Outcome.PASSED);
        assertThat(Scoring.score(roughly, "3.14", "pi is about 3").outcome()).isEqualTo(Outcome.PASSED);
        assertThat(Scoring.score(exactly, "0.3", "0.30000000000000004").outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void numbers_may_be_negative_decimal_grouped_or_written_out() {
        var exactly = new Scorer.NumberWithin(0);

        assertThat(Scoring.score(exactly, "-5", "The temperature is -5 degrees").outcome()).isEqualTo(Outcome.PASSED);
        assertThat(Scoring.score(exactly, "-5", "It is \u22125").outcome()).isEqualTo(Outcome.PASSED);
        assertThat(Scoring.score(exactly, "-0.25", "x = -.25").outcome()).isEqualTo(Outcome.PASSED);
        assertThat(Scoring.score(exactly, "1234567.5", "About 1,234,567.5 people").outcome()).isEqualTo(Outcome.PASSED);
        assertThat(Scoring.score(exactly, "12", "twelve").outcome()).isEqualTo(Outcome.PASSED);
        assertThat(Scoring.score(exactly, "1500", "1.5e3").outcome()).isEqualTo(Outcome.PASSED);
        // a range is two numbers, not a negative one
        assertThat(Scoring.score(exactly, "5", "between 3-5").outcome()).isEqualTo(Outcome.PASSED);
        // a comma not grouping thousands separates a list
        assertThat(Scoring.score(exactly, "5", "1,5").outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void an_answer_without_a_number_fails_and_an_expected_answer_that_is_no_number_is_refused() {
        assertThat(Scoring.score(new Scorer.NumberWithin(1), "12", "I don't know").reason())
                .isEqualTo("The answer contains no number");
        assertThat(ScorerRules.ofExpected(new Scorer.NumberWithin(1), "about 12")).isPresent();
        assertThat(ScorerRules.ofExpected(new Scorer.NumberWithin(1), "-1,200.5")).isEmpty();
        assertThat(ScorerRules.ofScorer(new Scorer.NumberWithin(-1), "scorer").get().field()).isEqualTo("scorer.tolerance");
        assertThat(ScorerRules.ofScorer(new Scorer.NumberWithin(Double.NaN), "scorer")).isPresent();
    }

    @Test
    void multiple_choice_reads_the_letter_in_its_usual_forms() {
        var choice = new Scorer.MultipleChoice();
        for (String answer : new String[]{"B", "b", "(B)", "B)", "B.", "Answer: B", "The answer is B.",
                "The answer is (B) because Paris is the capital.", "B) Paris", "I'd pick B", "**B**"}) {
            assertThat(Scoring.score(choice, "B", answer).outcome()).as(answer).isEqualTo(Outcome.PASSED);
        }
        assertThat(Scoring.score(choice, "(b)", "Answer: B").outcome()).isEqualTo(Outcome.PASSED);
        assertThat(Scoring.score(choice, "B", "Answer: C").reason()).isEqualTo("The answer chooses C, not B");
    }

    @Test
    void articles_and_the_pronoun_i_are_not_read_as_choices() {
        var choice = new Scorer.MultipleChoice();

        assertThat(Scoring.score(choice, "C", "I think C is right").outcome()).isEqualTo(Outcome.PASSED);
        assertThat(Scoring.score(choice, "C", "A good choice is C").outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void an_answer_naming_two_letters_is_ambiguous_and_fails() {
        CaseScore score = Scoring.score(new Scorer.MultipleChoice(), "B", "It is either (B) or (C)");

        assertThat(score.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(score.reason()).contains("ambiguous").contains("B and C");
        assertThat(Scoring.score(new Scorer.MultipleChoice(), "B", "No idea").reason())
                .isEqualTo("The answer chooses no letter from A to J");
    }

    @Test
    void the_expected_answer_of_a_choice_must_be_one_letter_from_a_to_j() {
        assertThat(ScorerRules.ofExpected(new Scorer.MultipleChoice(), "K")).isPresent();
        assertThat(ScorerRules.ofExpected(new Scorer.MultipleChoice(), "B or C")).isPresent();
        assertThat(ScorerRules.ofExpected(new Scorer.MultipleChoice(), "(c)")).isEmpty();
    }
}
