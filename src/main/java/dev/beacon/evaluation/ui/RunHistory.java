package dev.beacon.evaluation.ui;

import dev.beacon.evaluation.Run;
import dev.beacon.evaluation.RunStatus;
import dev.beacon.evaluation.SuiteId;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A model's runs, newest first, read once: the latest accuracy and the trend per suite, and the completed runs just
 * before and after a moment (a ticket's closing) for before/after comparisons.
 */
record RunHistory(List<Run> runs) {

    /** The trend shows this many of a suite's latest completed runs. */
    static final int TREND_LENGTH = 6;

    RunHistory {
        runs = runs.stream().sorted(Comparator.comparing(Run::startedAt).reversed()).toList();
    }

    List<Run> completed(SuiteId suite) {
        return runs.stream().filter(run -> run.suite().equals(suite) && run.status() == RunStatus.COMPLETED).toList();
    }

    Optional<Run> latestCompleted(SuiteId suite) {
        return completed(suite).stream().findFirst();
    }

    /** "71 % → 80 % → 85 %": the suite's last completed runs, oldest first; empty without any. */
    String trend(SuiteId suite) {
        List<Run> latest = completed(suite).stream().limit(TREND_LENGTH).toList().reversed();
        return latest.stream().map(run -> RunTexts.accuracy(run.accuracy())).collect(Collectors.joining(" → "));
    }

    /** The suite's last completed run that finished before (or at) the moment. */
    Optional<Run> lastCompletedBefore(SuiteId suite, Instant moment) {
        return completed(suite).stream().filter(run -> run.finishedAt() != null && !run.finishedAt().isAfter(moment)).findFirst();
    }

    /** The suite's first completed run that started at or after the moment. */
    Optional<Run> firstCompletedAfter(SuiteId suite, Instant moment) {
        return completed(suite).stream().filter(run -> !run.startedAt().isBefore(moment))
                .min(Comparator.comparing(Run::startedAt));
    }
}
