package dev.beacon.maintenance;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Absolute URLs of tickets and calendar feeds, for exports and calendars that are read outside Beacon. */
@Component
class TicketLinks {

    private final String publicUrl;

    /** The same address notifications link to. */
    TicketLinks(@Value("${beacon.notification.public-url:http://localhost:8080}") String publicUrl) {
        this.publicUrl = publicUrl.replaceFirst("/+$", "");
    }

    String ticket(TicketId id) {
        return publicUrl + "/tickets/" + id;
    }

    String calendar(String token) {
        return publicUrl + "/calendar/" + token + ".ics";
    }
}
