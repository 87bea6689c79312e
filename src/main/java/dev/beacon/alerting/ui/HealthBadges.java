package dev.beacon.alerting.ui;

import com.vaadin.flow.component.html.Span;
import dev.beacon.alerting.AlertState;
import dev.beacon.alerting.RuleOverview;
import dev.beacon.alerting.Severity;
import dev.beacon.shared.ui.Badges;
import dev.beacon.telemetry.ModelHealth;

/** Badges for health and alert states, in the fleet overview's colours. */
final class HealthBadges {

    private HealthBadges() {
    }

    static Span health(ModelHealth health) {
        return Badges.badge(health.label(), switch (health) {
            case CRITICAL -> Badges.Tone.ERROR;
            case WARNING -> Badges.Tone.WARNING;
            case GOOD -> Badges.Tone.SUCCESS;
            case UNKNOWN -> Badges.Tone.NEUTRAL;
        });
    }

    static Span state(RuleOverview rule) {
        AlertState state = rule.currentState();
        Severity severity = rule.state() == null ? null : rule.state().severity();
        String text = state == AlertState.FIRING || state == AlertState.PENDING ? state.label() + " · " + severity.label() : state.label();
        Badges.Tone tone = switch (state) {
            case FIRING -> severity == Severity.CRITICAL ? Badges.Tone.ERROR : Badges.Tone.WARNING;
            case NO_DATA -> Badges.Tone.WARNING;
            case PENDING -> Badges.Tone.CONTRAST;
            case OK, RESOLVED -> Badges.Tone.SUCCESS;
        };
        Span badge = Badges.badge(text, tone);
        badge.addClassName("alert-state");
        return badge;
    }
}
