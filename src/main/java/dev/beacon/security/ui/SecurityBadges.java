package dev.beacon.security.ui;

import com.vaadin.flow.component.html.Span;
import dev.beacon.security.TeamRole;
import dev.beacon.shared.ui.Badges;

import java.time.Duration;
import java.util.Locale;

/** Badges for roles, account states and audit actions. */
final class SecurityBadges {

    private SecurityBadges() {
    }

    static Span role(TeamRole role) {
        return Badges.badge(role.label(), switch (role) {
            case OWNER -> Badges.Tone.SUCCESS;
            case EDITOR -> Badges.Tone.NEUTRAL;
            case VIEWER -> Badges.Tone.CONTRAST;
        });
    }

    static Span admin() {
        return Badges.badge("Admin", Badges.Tone.WARNING);
    }

    static Span enabled(boolean enabled) {
        return enabled ? Badges.badge("Enabled", Badges.Tone.SUCCESS) : Badges.badge("Disabled", Badges.Tone.ERROR);
    }

    /** A sign-in lock with its remaining time, rounded up to whole minutes, e.g. "Locked · 14 min". */
    static Span locked(Duration remaining) {
        long minutes = Math.max(1, (remaining.toSeconds() + 59) / 60);
        Span badge = Badges.badge("Locked · " + minutes + " min", Badges.Tone.ERROR);
        badge.setTitle("Sign-in locked after too many failed attempts; the lock ends in " + minutes
                + (minutes == 1 ? " minute" : " minutes"));
        return badge;
    }

    /** Creations and unlocks are green, deletions and lockouts red, failed sign-ins yellow; others such as PASSWORD_RESET stay neutral. */
    static Span auditAction(String action) {
        return Badges.badge(humanized(action), switch (action) {
            case "CREATED", "UNLOCKED" -> Badges.Tone.SUCCESS;
            case "DELETED", "REVOKED", "LOCKED_OUT" -> Badges.Tone.ERROR;
            case "SIGN_IN_FAILED" -> Badges.Tone.WARNING;
            case "UPDATED" -> Badges.Tone.NEUTRAL;
            default -> Badges.Tone.CONTRAST;
        });
    }

    /** "PASSWORD_RESET" → "Password reset". */
    static String humanized(String action) {
        String words = action.replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
