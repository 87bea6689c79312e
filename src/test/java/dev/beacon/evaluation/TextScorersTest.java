package dev.beacon.evaluation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Exact match with its normalisations, contains, contains any/all and regular expressions. */
class TextScorersTest {

    static final Scorer.ExactMatch NORMALISED = Scorer.ExactMatch.defaults();
    static final Scorer.ExactMatch STRICT = new Scorer.ExactMatch(false, false, false, false);

    @Test
    void exact_match_ignores_case_whitespace_and_punctuation_by_default() {
        assertThat(Scoring.score(NORMALISED, "Paris", "  paris.\n").outcome()).isEqualTo(Outcome.PASSED);
        assertThat(Scoring.score(NORMALISED, "New York", "new   york!").outcome()).isEqualTo(Outcome.PASSED);
        assertThat(Scoring.score(NORMALISED, "U.S.A.", "USA").outcome()).isEqualTo(Outcome.PASSED);
        assertThat(Scoring.score(NORMALISED, "Paris", "Lyon").outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void removing_punctuation_never_changes_a_number() {
        assertThat(Scoring.score(NORMALISED, "-5", "5").outcome()).isEqualTo(Outcome.FAILED);
        assertThat(Scoring.score(NORMALISED, "-5", "-5.").outcome()).isEqualTo(Outcome.PASSED);
        assertThat(Scoring.score(NORMALISED, "3.14", "314").outcome()).isEqualTo(Outcome.FAILED);
        assertThat(Scoring.score(NORMALISED, "3.14", "31.4").outcome()).isEqualTo(Outcome.FAILED);
        assertThat(Scoring.score(NORMALISED, "1000", "1,000").outcome()).isEqualTo(Outcome.PASSED);
        assertThat(Scoring.score(NORMALISED, "well-known", "wellknown").outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void each_normalisation_can_be_switched_off() {
        assertThat(Scoring.score(STRICT, "Paris", "paris").outcome()).isEqualTo(Outcome.FAILED);
        assertThat(Scoring.score(STRICT, "Paris", "Paris.").outcome()).isEqualTo(Outcome.FAILED);
        assertThat(Scoring.score(STRICT, "Paris", " Paris").outcome()).isEqualTo(Outcome.FAILED);
        assertThat(Scoring.score(STRICT, "Paris", "Paris").outcome()).isEqualTo(Outcome.PASSED);
        var caseOnly = new Scorer.ExactMatch(true, false, false, false);
        assertThat(Scoring.score(caseOnly, "Paris", "PARIS").outcome()).isEqualTo(Outcome.PASSED);
        assertThat(Scoring.score(caseOnly, "Paris", "PARIS.").outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void a_failed_exact_match_says_what_was_expected() {
        CaseScore score = Scoring.score(NORMALISED, "Paris", "Lyon");

        assertThat(score.score()).isEqualTo(0.0);
        assertThat(score.reason()).isEqualTo("The answer is not \"Paris\"");
    }

    @Test
    void unicode_is_nfkc_normalised_but_accents_stay_significant() {
        // full-width letters, a ligature and a non-breaking space are their plain forms
        assertThat(Scoring.score(NORMALISED, "Paris", "Ｐａｒｉｓ").outcome()).isEqualTo(Outcome.PASSED);
        assertThat(Scoring.score(STRICT, "file", "ﬁle").outcome()).isEqualTo(Outcome.PASSED);
        assertThat(Scoring.score(STRICT, "New York", "New\u00A0York").outcome()).isEqualTo(Outcome.PASSED);
        // composed ü and u + combining diaeresis are the same letter
        assertThat(Scoring.score(STRICT, "Zürich", "Zu\u0308rich").outcome()).isEqualTo(Outcome.PASSED);
        // case folds, accents do not
        assertThat(Scoring.score(NORMALISED, "Zürich", "ZÜRICH").outcome()).isEqualTo(Outcome.PASSED);
        assertThat(Scoring.score(NORMALISED, "Zürich", "zurich").outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void case_folding_does_not_depend_on_the_servers_locale() {
        assertThat(Scoring.score(NORMALISED, "istanbul", "ISTANBUL").outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void numbers_as_words_match_their_digits_on_both_sides() {
        assertThat(Scoring.score(NORMALISED, "12", "Twelve").outcome()).isEqualTo(Outcome.PASSED);
        assertThat(Scoring.score(NORMALISED, "twelve", "12.").outcome()).isEqualTo(Outcome.PASSED);
        assertThat(Scoring.score(NORMALISED, "21", "twenty-one").outcome()).isEqualTo(Outcome.PASSED);
        assertThat(Scoring.score(NORMALISED, "105", "one hundred and five").outcome()).isEqualTo(Outcome.PASSED);
        assertThat(Scoring.score(NORMALISED, "2300", "two thousand three hundred").outcome()).isEqualTo(Outcome.PASSED);
        assertThat(Scoring.score(NORMALISED, "There are 3 apples", "There are three apples").outcome())
                .isEqualTo(Outcome.PASSED);
        assertThat(Scoring.score(NORMALISED, "12", "thirteen").outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void number_words_only_count_as_whole_words_and_when_switched_on() {
        assertThat(NumberWords.toDigits("someone often gone")).isEqualTo("someone often gone");
        assertThat(NumberWords.toDigits("five six")).isEqualTo("five six");
        assertThat(NumberWords.toDigits("zero")).isEqualTo("0");
        var noWords = new Scorer.ExactMatch(true, true, true, false);
        assertThat(Scoring.score(noWords, "12", "twelve").outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void contains_finds_the_expected_text_anywhere() {
        assertThat(Scoring.score(new Scorer.Contains(true), "paris", "The capital is PARIS.").outcome())
                .isEqualTo(Outcome.PASSED);
        assertThat(Scoring.score(new Scorer.Contains(false), "paris", "The capital is Paris.").outcome())
                .isEqualTo(Outcome.FAILED);
        assertThat(Scoring.score(new Scorer.Contains(true), "Zürich", "zurich").outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void contains_any_and_all_read_alternatives_separated_by_bars_with_escaped_bars_literal() {
        var any = new Scorer.ContainsAny(true);
        var all = new Scorer.ContainsAll(true);

        assertThat(Scoring.score(any, "Paris | Lyon", "I'd say lyon").outcome()).isEqualTo(Outcome.PASSED);
        assertThat(Scoring.score(any, "Paris|Lyon", "Marseille").reason())
                .isEqualTo("The answer contains none of \"Paris\", \"Lyon\"");
        assertThat(Scoring.score(all, "red|green|blue", "Red, green and blue").outcome()).isEqualTo(Outcome.PASSED);
        assertThat(Scoring.score(all, "red|green|blue", "red and blue").reason())
                .isEqualTo("The answer does not contain \"green\"");
        assertThat(TextForms.alternatives("a\\|b|c||")).containsExactly("a|b", "c");
        assertThat(Scoring.score(all, "x \\| y", "x | y").outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void a_regular_expression_is_found_anywhere_in_the_answer() {
        var regex = new Scorer.Regex();

        assertThat(Scoring.score(regex, "\\b4[0-9]\\b", "The answer is 42.").outcome()).isEqualTo(Outcome.PASSED);
        assertThat(Scoring.score(regex, "^\\d+$", "42 apples").outcome()).isEqualTo(Outcome.FAILED);
        assertThat(Scoring.score(regex, "(?i)paris", "PARIS").outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void an_invalid_pattern_is_refused_when_the_case_is_saved_and_errors_if_it_ever_gets_scored() {
        assertThat(ScorerRules.ofExpected(new Scorer.Regex(), "([a-z").get().field()).isEqualTo("expected");
        assertThat(ScorerRules.ofExpected(new Scorer.Regex(), "([a-z").get().message())
                .startsWith("Not a valid regular expression");
        assertThat(Scoring.score(new Scorer.Regex(), "([a-z", "abc").outcome()).isEqualTo(Outcome.ERRORED);
    }

    @Test
    void a_pattern_that_backtracks_catastrophically_errors_the_case_instead_of_hanging() {
        CaseScore score = Scoring.score(new Scorer.Regex(), "(.*a){12}b", "a".repeat(40));

        assertThat(score.outcome()).isEqualTo(Outcome.ERRORED);
        assertThat(score.reason()).contains("took too long");
    }
}
