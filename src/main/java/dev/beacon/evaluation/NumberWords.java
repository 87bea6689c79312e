package dev.beacon.evaluation;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads English number words as digits: "twelve" → "12", "Twenty-one" → "21", "one hundred and five" → "105",
 * "two thousand three hundred" → "2300", "three million" → "3000000". Only whole words in a run of number words
 * are read ("someone" stays); a lone "and" is left alone.
 */
final class NumberWords {

    private static final Map<String, Long> SMALL = Map.ofEntries(
            Map.entry("zero", 0L), Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L),
            Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L),
            Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L),
            Map.entry("twelve", 12L), Map.entry("thirteen", 13L), Map.entry("fourteen", 14L), Map.entry("fifteen", 15L),
            Map.entry("sixteen", 16L), Map.entry("seventeen", 17L), Map.entry("eighteen", 18L),
            Map.entry("nineteen", 19L), Map.entry("twenty", 20L), Map.entry("thirty", 30L), Map.entry("forty", 40L),
            Map.entry("fifty", 50L), Map.entry("sixty", 60L), Map.entry("seventy", 70L), Map.entry("eighty", 80L),
            Map.entry("ninety", 90L));
    private static final Map<String, Long> SCALES = Map.of("thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);
    private static final String WORD = "(?:" + String.join("|", SMALL.keySet()) + "|hundred|"
            + String.join("|", SCALES.keySet()) + ")";
    /** A run of number words joined by spaces, hyphens or "and", as in "one hundred and twenty-three". */
    private static final Pattern RUN = Pattern.compile(
            "(?i)(?<![\\p{L}\\p{N}])" + WORD + "(?:(?:[\\s-]+|\\s+and\\s+)" + WORD + ")*(?![\\p{L}\\p{N}])");

    private NumberWords() {
    }

    static String toDigits(String text) {
        Matcher run = RUN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (run.find()) {
            Long value = value(run.group());
            run.appendReplacement(out, Matcher.quoteReplacement(value == null ? run.group() : Long.toString(value)));
        }
        run.appendTail(out);
        return out.toString();
    }

    /** The run's value, or null when its words do not make one number ("hundred" alone, "five six"). */
    private static Long value(String run) {
        long total = 0;
        long hundreds = 0;
        long rest = 0;
        boolean restSet = false;
        long lastScale = Long.MAX_VALUE;
        for (String word : run.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            Long small = SMALL.get(word);
            if (word.equals("and")) {
                continue;
            } else if (small != null) {
                // "twenty one" adds up; "five six" or "twenty thirty" are two numbers, not one
                if (!restSet) {
                    rest = small;
                } else if (rest >= 20 && rest % 10 == 0 && small > 0 && small < 10) {
                    rest += small;
                } else {
                    return null;
                }
                restSet = true;
            } else if (word.equals("hundred")) {
                if (!restSet || rest == 0 || hundreds > 0) {
                    return null;
                }
                hundreds = rest * 100;
                rest = 0;
                restSet = false;
            } else {
                long scale = SCALES.get(word);
                long group = hundreds + rest;
                if (group == 0 || scale >= lastScale) {
                    return null;
                }
                total += group * scale;
                hundreds = 0;
                rest = 0;
                restSet = false;
                lastScale = scale;
            }
        }
        return total + hundreds + rest;
    }
}
