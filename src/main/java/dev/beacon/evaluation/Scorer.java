package dev.beacon.evaluation;

import dev.beacon.shared.ModelId;

import java.util.StringJoiner;

/**
 * How an answer is compared with a case's expected answer. Stored as a JSON object {@code {"type": "...", ...options}}
 * (see {@link ScorerJson}); {@link #type()} is that name, which CSV files use too. {@link Scoring} applies the
 * deterministic ones; an {@link LlmJudge} needs a call to the judge model (see {@link JudgePrompt}).
 */
public sealed interface Scorer {

    /** The name in files and JSON: "exact", "contains", "contains_any", "contains_all", "regex", "json", "number", "choice", "judge". */
    String type();

    /** A short description for people, e.g. "Exact match (ignoring case, whitespace, punctuation)". */
    String describe();

    /** Exact match with every normalisation on: what a suite scores with unless told otherwise. */
    static Scorer defaultScorer() {
        return ExactMatch.defaults();
    }

    /**
     * The answer equals the expected answer after NFKC unicode normalisation and, when switched on, lower-casing
     * (accents are kept: "Zürich" is not "zurich"), collapsing whitespace, removing punctuation, and reading number
     * words as numbers ("twelve" = "12").
     */
    record ExactMatch(boolean ignoreCase, boolean ignoreWhitespace, boolean ignorePunctuation, boolean numbersAsWords)
            implements Scorer {

        public static ExactMatch defaults() {
            return new ExactMatch(true, true, true, true);
        }

        @Override
        public String type() {
            return "exact";
        }

        @Override
        public String describe() {
            var ignored = new StringJoiner(", ", " (ignoring ", ")").setEmptyValue("");
            if (ignoreCase) {
                ignored.add("case");
            }
            if (ignoreWhitespace) {
                ignored.add("whitespace");
            }
            if (ignorePunctuation) {
                ignored.add("punctuation");
            }
            if (numbersAsWords) {
                ignored.add("numbers as words");
            }
            return "Exact match" + ignored;
        }
    }

    /** The answer contains the expected text. */
    record Contains(boolean ignoreCase) implements Scorer {

        @Override
        public String type() {
            return "contains";
        }

        @Override
        public String describe() {
            return "Contains" + (ignoreCase ? " (ignoring case)" : "");
        }
    }

    /** The answer contains at least one of the alternatives the expected answer lists, separated by "|" ("\|" is a bar). */
    record ContainsAny(boolean ignoreCase) implements Scorer {

        @Override
        public String type() {
            return "contains_any";
        }

        @Override
        public String describe() {
            return "Contains any of" + (ignoreCase ? " (ignoring case)" : "");
        }
    }

    /** The answer contains every one of the alternatives the expected answer lists, separated by "|". */
    record ContainsAll(boolean ignoreCase) implements Scorer {

        @Override
        public String type() {
            return "contains_all";
        }

        @Override
        public String describe() {
            return "Contains all of" + (ignoreCase ? " (ignoring case)" : "");
        }
    }

    /** The expected answer is a Java regular expression found anywhere in the answer. */
    record Regex() implements Scorer {

        @Override
        public String type() {
            return "regex";
        }

        @Override
        public String describe() {
            return "Regular expression";
        }
    }

    /**
     * The answer is JSON (a ```json fenced block is accepted); a non-blank expected answer is a JSON Schema it must
     * satisfy.
     */
    record ValidJson() implements Scorer {

        @Override
        public String type() {
            return "json";
        }

        @Override
        public String describe() {
            return "Valid JSON";
        }
    }

    /** The last number in the answer is within ± tolerance of the expected number. */
    record NumberWithin(double tolerance) implements Scorer {

        @Override
        public String type() {
            return "number";
        }

        @Override
        public String describe() {
            return "Number within ±" + Scoring.formatNumber(tolerance);
        }
    }

    /** The letter (A–J) the answer chooses equals the expected letter; an answer naming two letters fails. */
    record MultipleChoice() implements Scorer {

        @Override
        public String type() {
            return "choice";
        }

        @Override
        public String describe() {
            return "Multiple choice letter";
        }
    }

    /**
     * Another model of the suite's team reads the question, the expected answer, the answer and the rubric and
     * returns a score from 0 to 1 with a one-line reason; the case passes at {@code passThreshold} or above.
     *
     * @param rubric may be empty: the judge then checks that the answer means the same as the expected one
     */
    record LlmJudge(ModelId judge, String rubric, double passThreshold) implements Scorer {

        public static final double DEFAULT_THRESHOLD = 0.7;
        public static final int MAX_RUBRIC = 2000;

        public LlmJudge {
            rubric = rubric == null ? "" : rubric.strip();
        }

        @Override
        public String type() {
            return "judge";
        }

        @Override
        public String describe() {
            return "LLM judge (pass at " + Scoring.formatNumber(passThreshold) + ")";
        }
    }
}
