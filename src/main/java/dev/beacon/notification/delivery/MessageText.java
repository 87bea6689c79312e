package dev.beacon.notification.delivery;

import dev.beacon.notification.Notice;
import org.springframework.stereotype.Component;

/** A notice in words, the same in e-mails and chat messages: "[Critical] title", the body, the facts, the link. */
@Component
class MessageText {

    private final NotificationProperties properties;

    MessageText(NotificationProperties properties) {
        this.properties = properties;
    }

    String subject(Notice notice) {
        return "[" + notice.severity().label() + "] " + notice.title();
    }

    String plain(Notice notice) {
        StringBuilder text = new StringBuilder();
        if (!notice.body().isEmpty()) {
            text.append(notice.body()).append("\n\n");
        }
        notice.fields().forEach((name, value) -> text.append(name).append(": ").append(value).append('\n'));
        if (!notice.fields().isEmpty()) {
            text.append('\n');
        }
        text.append("Open in Beacon: ").append(link(notice)).append('\n');
        return text.toString();
    }

    String link(Notice notice) {
        return properties.absolute(notice.link());
    }
}
