package dev.beacon.alerting;

import dev.beacon.alerting.internal.JooqMaintenanceWindowRepository;
import dev.beacon.alerting.internal.JooqSilenceRepository;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.TeamId;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * Decides whether an alert's notice is held back: by an active silence of its model, rule or one of the model's tags,
 * or by an open maintenance window of its model or team. Muting never stops evaluation; the transition is recorded
 * with the reason this returns.
 */
@Component
class AlertMutes {

    private final JooqSilenceRepository silences;
    private final JooqMaintenanceWindowRepository windows;

    AlertMutes(JooqSilenceRepository silences, JooqMaintenanceWindowRepository windows) {
        this.silences = silences;
        this.windows = windows;
    }

    /** Why a notice about this rule at that time is not sent, or empty when it is. */
    Optional<String> mutedBy(TeamId team, ModelId model, RuleId rule, Instant at) {
        Optional<String> silenced = silences.matching(team, model, rule, at).map(Silence::describe);
        if (silenced.isPresent()) {
            return silenced;
        }
        return windows.covering(team, model).stream()
                .filter(window -> window.schedule().covers(at))
                .findFirst()
                .map(window -> "in maintenance window " + window.data().name());
    }
}
