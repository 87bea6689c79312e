package dev.beacon.evaluation;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Regular expressions for {@link Scorer.Regex}. A pattern runs against a text that counts how often it is read and
 * gives up after a budget, so a pattern with catastrophic backtracking errors one case instead of hanging a run.
 */
final class PatternAnswers {

    private static final long READ_BUDGET = 5_000_000;

    private PatternAnswers() {
    }

    static CaseScore score(String pattern, String answer) {
        Pattern compiled;
        try {
            compiled = Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            return CaseScore.error("The case's regular expression is not valid: " + e.getDescription());
        }
        try {
            return compiled.matcher(new Budgeted(answer == null ? "" : answer)).find()
                    ? CaseScore.pass()
                    : CaseScore.fail("The answer does not match /" + pattern + "/");
        } catch (BudgetExceeded e) {
            return CaseScore.error("The regular expression took too long on this answer");
        }
    }

    /** What is wrong with a pattern, or empty when it compiles. */
    static Optional<String> patternProblem(String pattern) {
        if (pattern == null || pattern.isEmpty()) {
            return Optional.of("Enter the regular expression the answer must match");
        }
        try {
            Pattern.compile(pattern);
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            return Optional.of("Not a valid regular expression: " + e.getDescription() + " near position " + e.getIndex());
        }
    }

    private static final class BudgetExceeded extends RuntimeException {
        BudgetExceeded() {
            super(null, null, false, false);
        }
    }

    private static final class Budgeted implements CharSequence {

        private final String text;
        private long reads;

        Budgeted(String text) {
            this.text = text;
        }

        @Override
        public char charAt(int index) {
            if (++reads > READ_BUDGET) {
                throw new BudgetExceeded();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
