package dev.beacon.notification;

import java.time.Instant;
import java.util.Map;

/** A notice in one person's in-app inbox. {@code link} is a Beacon route, null when the notice has none. */
public record InboxItem(NoticeId notice, String kind, Severity severity, String title, String body, String link,
                        Map<String, String> fields, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
