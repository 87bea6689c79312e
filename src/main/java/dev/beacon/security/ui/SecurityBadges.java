package dev.beacon.security.ui;

import com.vaadin.flow.component.html.Span;
import dev.beacon.security.TeamRole;
import dev.beacon.shared.ui.Badges;

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

    /** CREATED, UPDATED and DELETED get their own colour; other actions such as PASSWORD_RESET stay neutral. */
    static Span auditAction(String action) {
        return Badges.badge(humanized(action), switch (action) {
            case "CREATED" -> Badges.Tone.SUCCESS;
            case "DELETED", "REVOKED" -> Badges.Tone.ERROR;
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
