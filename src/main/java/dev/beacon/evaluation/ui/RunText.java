package dev.beacon.evaluation.ui;

import dev.beacon.evaluation.Run;
import dev.beacon.evaluation.RunStatus;

import java.util.Locale;

/** How the suite page words runs: accuracy as a percentage, statuses as people say them. */
final class RunText {

    private RunText() {
    }

    /** "85.0 %", or "—" when there is none (a run that errored or is still running has no accuracy). */
    static String accuracy(Double accuracy) {
        return accuracy == null ? "—" : String.format(Locale.ROOT, "%.1f %%", accuracy * 100);
    }

    static String status(RunStatus status) {
        return status.label();
    }

    /** "17 passed · 2 failed · 1 errored". */
    static String counts(Run run) {
        return run.passed() + " passed · " + run.failed() + " failed · " + run.errored() + " errored";
    }
}
