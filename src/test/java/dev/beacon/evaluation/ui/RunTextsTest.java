package dev.beacon.evaluation.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How accuracies, their changes and long answers read on the run pages. */
class RunTextsTest {

    @Test
    void accuracy_is_a_percentage_with_one_decimal_and_a_dash_without_one() {
        assertThat(RunTexts.accuracy(0.8)).isEqualTo("80.0 %");
        assertThat(RunTexts.accuracy(2 / 3.0)).isEqualTo("66.7 %");
        assertThat(RunTexts.accuracy(0.0)).isEqualTo("0.0 %");
        assertThat(RunTexts.accuracy(null)).isEqualTo("—");
    }

    @Test
    void a_change_of_accuracy_is_told_in_signed_points() {
        assertThat(RunTexts.pointsChange(0.6, 1.0)).isEqualTo("+40 points");
        assertThat(RunTexts.pointsChange(0.9, 0.775)).isEqualTo("−12.5 points");
        assertThat(RunTexts.pointsChange(0.5, 0.51)).isEqualTo("+1 point");
        assertThat(RunTexts.pointsChange(0.5, 0.5)).isEqualTo("No change");
    }

    @Test
    void long_answers_are_folded_onto_one_line_and_cut_without_splitting_a_character() {
        assertThat(RunTexts.shortened("Paris\n\n  is the capital", 100)).isEqualTo("Paris is the capital");
        assertThat(RunTexts.shortened("abcdefghij", 5)).isEqualTo("abcd…");
        // "😀" is two chars (a surrogate pair): cutting after its first half would leave a broken character
        assertThat(RunTexts.shortened("abc😀defgh", 5)).isEqualTo("abc…");
        assertThat(RunTexts.shortened(null, 5)).isEqualTo("—");
    }
}
