package dev.beacon.evaluation;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/** Scores an answer against a case's expected answer. Pure functions: no Spring, no I/O. */
public final class Scoring {

    private Scoring() {
    }

    /**
     * Scores with a deterministic scorer.
     *
     * @throws IllegalArgumentException for an {@link Scorer.LlmJudge}: call the judge with {@link JudgePrompt} and
     *                                  score its answer with {@link #judged}
     */
    public static CaseScore score(Scorer scorer, String expected, String answer) {
        String given = answer == null ? "" : answer;
        String wanted = expected == null ? "" : expected;
        return switch (scorer) {
            case Scorer.ExactMatch exact -> exact(exact, wanted, given);
            case Scorer.Contains contains -> contains(List.of(wanted), contains.ignoreCase(), given, false);
            case Scorer.ContainsAny any -> contains(TextForms.alternatives(wanted), any.ignoreCase(), given, true);
            case Scorer.ContainsAll all -> contains(TextForms.alternatives(wanted), all.ignoreCase(), given, false);
            case Scorer.Regex ignored -> PatternAnswers.score(wanted, given);
            case Scorer.ValidJson ignored -> JsonAnswers.score(wanted, given);
            case Scorer.NumberWithin number -> number(number.tolerance(), wanted, given);
            case Scorer.MultipleChoice ignored -> choice(wanted, given);
            case Scorer.LlmJudge ignored -> throw new IllegalArgumentException(
                    "An LLM judge scores through a call to the judge model: use JudgePrompt and Scoring.judged");
        };
    }

    /**
     * Scores an answer by what the judge model replied: PASSED at the judge's pass threshold or above, FAILED below
     * it, ERRORED "The judge's verdict could not be read: …" when the reply is not exactly a verdict.
     */
    public static CaseScore judged(Scorer.LlmJudge judge, String judgeReply) {
        try {
            JudgeVerdict verdict = JudgeVerdict.parse(judgeReply);
            Outcome outcome = verdict.score() >= judge.passThreshold() ? Outcome.PASSED : Outcome.FAILED;
            return new CaseScore(outcome, verdict.score(), verdict.reason());
        } catch (JudgeVerdict.Unreadable e) {
            return CaseScore.error("The judge's verdict could not be read: " + e.getMessage() + excerpt(judgeReply));
        }
    }

    private static CaseScore exact(Scorer.ExactMatch options, String expected, String answer) {
        return TextForms.forExactMatch(answer, options).equals(TextForms.forExactMatch(expected, options))
                ? CaseScore.pass()
                : CaseScore.fail("The answer is not \"" + shortened(expected) + "\"");
    }

    /** Contains every wanted text, or (any = true) at least one of them. */
    private static CaseScore contains(List<String> wanted, boolean ignoreCase, String answer, boolean any) {
        if (wanted.isEmpty() || wanted.stream().allMatch(String::isEmpty)) {
            return CaseScore.error("The case has no expected text to look for");
        }
        String haystack = comparable(answer, ignoreCase);
        List<String> missing = wanted.stream().filter(text -> !haystack.contains(comparable(text, ignoreCase))).toList();
        if (any ? missing.size() < wanted.size() : missing.isEmpty()) {
            return CaseScore.pass();
        }
        String list = missing.stream().map(text -> "\"" + shortened(text) + "\"").collect(Collectors.joining(", "));
        return CaseScore.fail(any ? "The answer contains none of " + list : "The answer does not contain " + list);
    }

    private static String comparable(String text, boolean ignoreCase) {
        String normal = TextForms.nfkc(text);
        return ignoreCase ? TextForms.folded(normal) : normal;
    }

    private static CaseScore number(double tolerance, String expected, String answer) {
        OptionalDouble wanted = NumberAnswers.whole(expected);
        if (wanted.isEmpty()) {
            return CaseScore.error("The case's expected answer is not a number");
        }
        OptionalDouble given = NumberAnswers.last(answer);
        if (given.isEmpty()) {
            return CaseScore.fail("The answer contains no number");
        }
        double distance = Math.abs(given.getAsDouble() - wanted.getAsDouble());
        // a hair of slack so that 0.1 + 0.2 is within 0 of 0.3
        if (distance <= tolerance + 1e-9 * Math.max(1, Math.abs(wanted.getAsDouble()))) {
            return CaseScore.pass();
        }
        return CaseScore.fail("The answer's number " + formatNumber(given.getAsDouble()) + " is "
                + formatNumber(distance) + " away from " + formatNumber(wanted.getAsDouble())
                + " (tolerance ±" + formatNumber(tolerance) + ")");
    }

    private static CaseScore choice(String expected, String answer) {
        Optional<String> wanted = ChoiceLetters.expected(expected);
        if (wanted.isEmpty()) {
            return CaseScore.error("The case's expected answer is not a letter from A to J");
        }
        Set<String> chosen = ChoiceLetters.candidates(answer);
        if (chosen.isEmpty()) {
            return CaseScore.fail("The answer chooses no letter from A to J");
        }
        if (chosen.size() > 1) {
            return CaseScore.fail("The answer is ambiguous: it names " + String.join(" and ", chosen));
        }
        String letter = chosen.iterator().next();
        return letter.equals(wanted.get()) ? CaseScore.pass()
                : CaseScore.fail("The answer chooses " + letter + ", not " + wanted.get());
    }

    private static String shortened(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() > 80 ? line.substring(0, 79) + "…" : line;
    }

    /** A number as people write it: "0.5", "12", "1e-9". */
    static String formatNumber(double value) {
        return new DecimalFormat("0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }

    private static String excerpt(String text) {
        return text == null || text.isBlank() ? "" : " (it answered \"" + shortened(text) + "\")";
    }
}
