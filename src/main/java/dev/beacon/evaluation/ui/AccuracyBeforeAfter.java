package dev.beacon.evaluation.ui;

import dev.beacon.evaluation.Run;
import dev.beacon.evaluation.SuiteId;

import java.time.Instant;
import java.util.Optional;

/** One suite's accuracy before and after a change: its last completed run before, its first completed run after. */
record AccuracyBeforeAfter(String suiteName, Optional<Run> before, Optional<Run> after) {

    static AccuracyBeforeAfter of(String suiteName, RunHistory history, SuiteId suite, Instant change) {
        return new AccuracyBeforeAfter(suiteName, history.lastCompletedBefore(suite, change), history.firstCompletedAfter(suite, change));
    }

    boolean hasAny() {
        return before.isPresent() || after.isPresent();
    }

    boolean comparable() {
        return before.isPresent() && after.isPresent();
    }

    /** "+5 points" or "−12.5 points"; empty unless both sides have an accuracy. */
    Optional<String> change() {
        if (!comparable() || before.get().accuracy() == null || after.get().accuracy() == null) {
            return Optional.empty();
        }
        return Optional.of(RunTexts.pointsChange(before.get().accuracy(), after.get().accuracy()));
    }

    /** Positive when the accuracy rose; zero when either side is missing. */
    double direction() {
        if (change().isEmpty()) {
            return 0;
        }
        return Math.signum(after.get().accuracy() - before.get().accuracy());
    }
}
