package dev.beacon.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Shows times in the user's zone: the one chosen in their profile, otherwise their browser's.
 * The zone lives in the Vaadin session; the main layout sets it when the user arrives.
 */
public final class UserTime {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE_TIME_ZONE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

    private UserTime() {
    }

    /** Remembers the zone chosen in the user's profile; null means "follow the browser". */
    public static void useProfileZone(ZoneId zone) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(ZoneId.class, zone);
        }
    }

    public static ZoneId zone() {
        VaadinSession session = VaadinSession.getCurrent();
        ZoneId chosen = session == null ? null : session.getAttribute(ZoneId.class);
        return chosen != null ? chosen : browserZone().orElse(ZoneId.of("UTC"));
    }

    /** "2026-11-29 09:30" in the user's zone, or "—" for null. */
    public static String format(Instant instant) {
        return instant == null ? "—" : DATE_TIME.format(instant.atZone(zone()));
    }

    /** With seconds and the zone's abbreviation, for tooltips and audit details. */
    public static String formatPrecise(Instant instant) {
        return instant == null ? "—" : DATE_TIME_ZONE.format(instant.atZone(zone()));
    }

    private static Optional<ZoneId> browserZone() {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return Optional.empty();
        }
        var details = ui.getPage().getExtendedClientDetails();
        if (details == null || details.getTimeZoneId() == null || details.getTimeZoneId().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(details.getTimeZoneId()));
        } catch (RuntimeException unknownZone) {
            return Optional.empty();
        }
    }
}
