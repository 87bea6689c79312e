package dev.beacon.dashboard.model;

import dev.beacon.dashboard.Comparison;
import dev.beacon.dashboard.DashboardSubject;
import dev.beacon.shared.ui.UserTime;

import java.util.ArrayList;
import java.util.List;

/** One thing the latency and throughput panels can be compared with, as the "Compare with" field offers it. */
record CompareChoice(String label, Comparison comparison) {

    /** The model's own version changes first (newest first), then the other models the user may see. */
    static List<CompareChoice> offeredFor(DashboardSubject subject) {
        List<CompareChoice> choices = new ArrayList<>();
        subject.versionChanges().forEach(change -> choices.add(new CompareChoice(
                "Before/after " + change.versionLabel() + " (" + UserTime.format(change.changedAt()) + ")",
                new Comparison.BeforeVersion(change.changedAt()))));
        subject.comparable().forEach(model -> choices.add(new CompareChoice(
                model.name() + " · " + model.teamName(), new Comparison.WithModel(model.id()))));
        return choices;
    }
}
