package dev.beacon.evaluation.internal;

import dev.beacon.evaluation.Scorer;
import dev.beacon.evaluation.SuiteId;
import dev.beacon.shared.TeamId;

/** What a run needs of its suite. */
public record SuiteRef(SuiteId id, TeamId team, String name, String slug, Scorer defaultScorer) {

    /** The score series a completed run writes besides {@code accuracy}. */
    public String scoreName() {
        return "accuracy:" + slug;
    }
}
