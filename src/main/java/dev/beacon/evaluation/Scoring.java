package dev.beacon.evaluation;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

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
        throw new UnsupportedOperationException("Scoring is not written yet");
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

    /** A number as people write it: "0.5", "12", "1e-9". */
    static String formatNumber(double value) {
        return new DecimalFormat("0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }

    private static String excerpt(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return " (it answered \"" + (line.length() > 80 ? line.substring(0, 79) + "…" : line) + "\")";
    }
}
