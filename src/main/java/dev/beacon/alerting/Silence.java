package dev.beacon.alerting;

import dev.beacon.shared.TeamId;

import java.time.Instant;
import java.util.UUID;

/**
 * An ad hoc silence of a team's alerts.
 *
 * @param matches      what it silences, for people: "model llama-3", "rule …", "tag gpu"
 * @param endedEarlyAt when someone ended it before {@code data.endsAt()}, or null
 */
public record Silence(UUID id, TeamId team, SilenceData data, String matches, String createdBy, Instant createdAt,
                      Instant endedEarlyAt) {

    /** When it stops (or stopped) silencing. */
    public Instant effectiveEnd() {
        return endedEarlyAt != null && endedEarlyAt.isBefore(data.endsAt()) ? endedEarlyAt : data.endsAt();
    }

    public boolean isActiveAt(Instant at) {
        return !at.isBefore(data.startsAt()) && at.isBefore(effectiveEnd());
    }

    /** How a transition muted by it is marked. */
    public String describe() {
        return "silenced by silence of " + matches + " (" + data.reason() + ")";
    }
}
