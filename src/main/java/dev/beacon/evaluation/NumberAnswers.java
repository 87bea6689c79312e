package dev.beacon.evaluation;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers in answers: "-3.5", "1,234,567.89", "−2" (a typographic minus), "1e-3", and number words
 * ("twelve"). Commas group thousands only in groups of three ("1,234"); "1,5" is the numbers 1 and 5, as in a list.
 */
final class NumberAnswers {

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}.])(-)?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?:[eE]([-+]?\\d+))?(?![\\p{L}\\p{N}])"
                    + "|(?<![\\p{L}\\p{N}.])(-)?\\.(\\d+)(?![\\p{L}\\p{N}])");

    private NumberAnswers() {
    }

    /** The last number in the text. */
    static OptionalDouble last(String text) {
        String prepared = NumberWords.toDigits(TextForms.nfkc(text).replace('\u2212', '-'));
        Matcher number = NUMBER.matcher(prepared);
        Double last = null;
        while (number.find()) {
            last = value(number);
        }
        return last == null ? OptionalDouble.empty() : OptionalDouble.of(last);
    }

    /** The whole text as one number ("12", " -0.5 ", "twelve"), or empty. */
    static OptionalDouble whole(String text) {
        String prepared = NumberWords.toDigits(TextForms.nfkc(text).replace('\u2212', '-')).strip();
        Matcher number = NUMBER.matcher(prepared);
        return number.matches() ? OptionalDouble.of(value(number)) : OptionalDouble.empty();
    }

    private static double value(Matcher number) {
        if (number.group(2) == null) {
            return Double.parseDouble((number.group(5) == null ? "" : "-") + "0." + number.group(6));
        }
        String digits = number.group(2).replace(",", "") + (number.group(3) == null ? "" : number.group(3))
                + (number.group(4) == null ? "" : "e" + number.group(4));
        return Double.parseDouble((number.group(1) == null ? "" : "-") + digits);
    }
}
