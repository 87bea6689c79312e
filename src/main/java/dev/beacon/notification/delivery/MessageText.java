package dev.beacon.notification.delivery;

import dev.beacon.notification.Notice;
import dev.beacon.notification.Severity;
import dev.beacon.notification.internal.StoredNotice;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A notice in words, the same in e-mails and chat messages: "[Critical] title", the body, the facts, the link. A group
 * of notices reads "3 alerts: 2 critical, 1 resolved", then one block per notice.
 */
@Component
class MessageText {

    private static final List<Severity> MOST_URGENT_FIRST = List.of(Severity.CRITICAL, Severity.WARNING, Severity.INFO,
            Severity.RESOLVED);
    static final String SEPARATOR = "\n----------------------------------------\n\n";

    private final NotificationProperties properties;

    MessageText(NotificationProperties properties) {
        this.properties = properties;
    }

    String subject(Message message) {
        return message.grouped() ? groupSubject(message) : subject(message.first().notice());
    }

    String subject(Notice notice) {
        return "[" + notice.severity().label() + "] " + notice.title();
    }

    /** E.g. "3 alerts: 2 critical, 1 resolved". */
    String groupSubject(Message message) {
        var kinds = message.notices().stream().map(stored -> stored.notice().kind()).distinct().toList();
        String what = kinds.size() == 1 ? kinds.getFirst() + "s" : "notices";
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        message.notices().forEach(stored -> counts.merge(stored.notice().severity(), 1L, Long::sum));
        return message.notices().size() + " " + what + ": " + MOST_URGENT_FIRST.stream().filter(counts::containsKey)
                .map(severity -> counts.get(severity) + " " + severity.label().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    String plain(Message message) {
        if (!message.grouped()) {
            return plain(message.first().notice());
        }
        return message.notices().stream().map(StoredNotice::notice)
                .map(notice -> subject(notice) + "\n\n" + plain(notice))
                .collect(Collectors.joining(SEPARATOR));
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
