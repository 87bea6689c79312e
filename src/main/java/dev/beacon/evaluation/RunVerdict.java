package dev.beacon.evaluation;

/**
 * How a finished run ends, from its counts: ERRORED (no accuracy) when more than half of its cases errored — an
 * endpoint that is down or times out must never read as "accuracy 0 %" — else COMPLETED with
 * accuracy = passed / (passed + failed). See docs/design-decisions/0028-evaluation-runs.md.
 *
 * @param accuracy 0..1 when COMPLETED, else null
 * @param reason   why it ERRORED, naming the commonest failure; null when COMPLETED
 */
record RunVerdict(RunStatus status, Double accuracy, String reason) {

    /**
     * @param commonestFailure the reason most errored cases gave, e.g. "Connection refused (127.0.0.1:18004)"
     */
    static RunVerdict of(int passed, int failed, int errored, String commonestFailure) {
        int done = passed + failed + errored;
        if (done == 0) {
            return new RunVerdict(RunStatus.ERRORED, null, "The run had no cases");
        }
        if (errored * 2 > done) {
            String why = commonestFailure == null || commonestFailure.isBlank() ? "" : ": " + lowerFirst(commonestFailure);
            return new RunVerdict(RunStatus.ERRORED, null, errored + " of " + done + " calls failed" + why);
        }
        return new RunVerdict(RunStatus.COMPLETED, (double) passed / (passed + failed), null);
    }

    private static String lowerFirst(String text) {
        boolean acronym = text.length() > 1 && Character.isUpperCase(text.charAt(1));
        return acronym ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
