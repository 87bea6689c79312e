package dev.beacon.alerting;

import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;

import java.time.Instant;

/**
 * A threshold rule of a model; {@code version} is the optimistic-locking counter.
 *
 * @param fromDefault      the team default this rule is the model's copy of, or null for the model's own rule
 * @param overridesDefault the team default this model's own rule replaced (an override), or null
 * @param defaultName      the name of the default it is a copy of or overrides, or null
 * @param reviewedAt  when someone last marked it reviewed, or null if nobody ever did
 * @param opensTicketOnCritical whether firing CRITICAL opens an incident ticket (maintenance listens for it)
 */
public record Rule(RuleId id, int version, ModelId model, TeamId team, String modelName, DefaultRuleId fromDefault,
                   DefaultRuleId overridesDefault, String defaultName, RuleData data, Instant reviewedAt, String reviewedBy,
                   Instant updatedAt, boolean opensTicketOnCritical) {

    /** "From team default NAME", "Overrides team default NAME", or empty for a model's own rule. */
    public String origin() {
        if (fromDefault != null) {
            return "From team default " + defaultName;
        }
        return overridesDefault != null ? "Overrides team default " + defaultName : "";
    }
}
