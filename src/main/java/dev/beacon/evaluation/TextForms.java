package dev.beacon.evaluation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** How scorers see text before they compare it. */
final class TextForms {

    /**
     * Punctuation, except what changes a number: a decimal point between digits ("3.14" is not "314") and a minus
     * sign before a digit ("-5" is not "5"). Thousands separators go ("1,000" is "1000").
     */
    private static final Pattern PUNCTUATION =
            Pattern.compile("(?!(?<=\\d)\\.(?=\\d))(?!(?<![\\p{L}\\p{N}])-(?=\\d))\\p{P}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private TextForms() {
    }

    /**
     * NFKC: compatibility forms become their plain letters (full-width "Ｐａｒｉｓ" is "Paris", the "ﬁ" ligature is
     * "fi", a non-breaking space a space) while accents stay ("Zürich" keeps its "ü", composed or not).
     */
    static String nfkc(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
    }

    /** Lower case for comparison, the same in every locale (no Turkish dotless i surprises). */
    static String folded(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** The text as {@link Scorer.ExactMatch} compares it. */
    static String forExactMatch(String text, Scorer.ExactMatch options) {
        String result = nfkc(text);
        if (options.numbersAsWords()) {
            result = NumberWords.toDigits(result);
        }
        if (options.ignoreCase()) {
            result = folded(result);
        }
        if (options.ignorePunctuation()) {
            // removed, not replaced by a space: "U.S.A." is "USA", "well-known" is "wellknown"
            result = PUNCTUATION.matcher(result).replaceAll("");
        }
        if (options.ignoreWhitespace()) {
            result = WHITESPACE.matcher(result).replaceAll(" ").strip();
        }
        return result;
    }

    /** The alternatives of a contains-any/all expected answer: split at "|", "\|" is a literal bar, blanks dropped. */
    static List<String> alternatives(String expected) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String text = expected == null ? "" : expected;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '|') {
                current.append('|');
                i++;
            } else if (c == '|') {
                add(result, current);
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        add(result, current);
        return result;
    }

    private static void add(List<String> alternatives, StringBuilder alternative) {
        String value = alternative.toString().strip();
        if (!value.isEmpty()) {
            alternatives.add(value);
        }
    }
}
