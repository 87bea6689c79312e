package dev.beacon.evaluation;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the letter (A–J) a multiple-choice answer chooses. Clear forms count first: the whole answer is a letter
 * ("B", "(b)", "B."), "Answer: B", "the answer is (B)", "(B)", "B)" or "B." at the start of a line. Only when there
 * is none, stand-alone capital letters count ("I'd pick C"), except "A" and "I" used as words ("A dog", "I think").
 */
final class ChoiceLetters {

    private static final Pattern WHOLE = Pattern.compile("^[\\s(\\[*]*([A-Ja-j])[\\s)\\].:*]*$");
    private static final Pattern CLEAR = Pattern.compile(
            "(?i:\\b(?:answer|choice|option)\\b(?:\\s+is)?\\s*[:\\-]?\\s*[(\\[*]*)([A-J])(?![\\p{L}\\p{N}])"
                    + "|[(\\[]([A-Ja-j])[)\\]]"
                    + "|(?m:^\\s*\\**([A-J])[).:])");
    private static final Pattern LOOSE = Pattern.compile(
            "(?<![\\p{L}\\p{N}'’])(?:([B-HJ])|([AI])(?!\\s+\\p{Ll}))(?![\\p{L}\\p{N}'’])");

    private ChoiceLetters() {
    }

    /** Every letter the answer may choose, upper case, alphabetical; more than one means the answer is ambiguous. */
    static Set<String> candidates(String answer) {
        String text = TextForms.nfkc(answer).strip();
        Matcher whole = WHOLE.matcher(text);
        if (whole.matches()) {
            return Set.of(whole.group(1).toUpperCase(Locale.ROOT));
        }
        Set<String> clear = letters(CLEAR.matcher(text));
        return clear.isEmpty() ? letters(LOOSE.matcher(text)) : clear;
    }

    /** The letter a case expects: its expected answer must be one letter A–J, like "B" or "(b)". */
    static Optional<String> expected(String expected) {
        Matcher whole = WHOLE.matcher(TextForms.nfkc(expected).strip());
        return whole.matches() ? Optional.of(whole.group(1).toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    private static Set<String> letters(Matcher matcher) {
        Set<String> letters = new TreeSet<>();
        while (matcher.find()) {
            for (int group = 1; group <= matcher.groupCount(); group++) {
                if (matcher.group(group) != null) {
                    letters.add(matcher.group(group).toUpperCase(Locale.ROOT));
                }
            }
        }
        return letters;
    }
}
