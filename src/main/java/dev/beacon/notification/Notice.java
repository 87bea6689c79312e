package dev.beacon.notification;

import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a module wants to tell a team or a person. Texts longer than Beacon keeps are shortened, never refused, so a
 * notice cannot make its caller's transaction fail; a missing kind, severity or title is a programming error.
 *
 * @param kind           what it is about, e.g. "alert", "ticket", "test"
 * @param link           a Beacon route, e.g. "models/0190…/alerts"; messages turn it into an absolute URL
 * @param fields         extra facts in display order, e.g. model, rule, value, threshold
 * @param groupKey       notices that belong together: e-mail and webhook channels wait
 *                       {@code beacon.notification.group-wait} and send a burst of notices with the same key as one
 *                       message; null sends each at once
 * @param dedupeKey      the same key is sent to the same channel at most once per {@code repeatInterval}, e.g.
 *                       "rule 42 firing critical"; null sends every notice
 * @param repeatInterval how long a dedupe key keeps its notice from being sent again; null takes
 *                       {@code beacon.notification.repeat-interval}
 * @param routing        what channels' routing settings (minimum severity, model tags) look at; null reaches every
 *                       channel, e.g. a test notification
 */
public record Notice(String kind, Severity severity, String title, String body, String link, Map<String, String> fields,
                     String groupKey, String dedupeKey, Duration repeatInterval, Routing routing) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 4000;
    static final int MAX_KEY = 200;

    public Notice {
        if (kind == null || kind.isBlank() || kind.length() > 40) {
            throw new IllegalArgumentException("A notice needs a kind of 1-40 characters, e.g. \"alert\"");
        }
        Objects.requireNonNull(severity, "severity");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A notice needs a title");
        }
        if (link != null && (link.contains("://") || link.startsWith("//") || link.length() > 2000)) {
            throw new IllegalArgumentException("A notice links to a Beacon route such as \"models/…\", not to " + link);
        }
        if (repeatInterval != null && repeatInterval.isNegative()) {
            throw new IllegalArgumentException("The repeat interval cannot be negative");
        }
        title = shorten(title.strip(), MAX_TITLE);
        body = body == null ? "" : shorten(body.strip(), MAX_BODY);
        link = link == null || link.isBlank() ? null : link.replaceFirst("^/+", "");
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        groupKey = groupKey == null || groupKey.isBlank() ? null : shorten(groupKey, MAX_KEY);
        dedupeKey = dedupeKey == null || dedupeKey.isBlank() ? null : shorten(dedupeKey, MAX_KEY);
    }

    /** A notice without fields, grouping or deduplication. */
    public static Notice of(String kind, Severity severity, String title, String body, String link) {
        return new Notice(kind, severity, title, body, link, Map.of(), null, null, null, null);
    }

    public Notice withFields(Map<String, String> facts) {
        return new Notice(kind, severity, title, body, link, facts, groupKey, dedupeKey, repeatInterval, routing);
    }

    public Notice withGroupKey(String key) {
        return new Notice(kind, severity, title, body, link, fields, key, dedupeKey, repeatInterval, routing);
    }

    /** Sends the notice to each channel at most once per {@code interval} for this key (null: the configured default). */
    public Notice withDedupeKey(String key, Duration interval) {
        return new Notice(kind, severity, title, body, link, fields, groupKey, key, interval, routing);
    }

    /** Routes the notice: only channels that take this severity and (if they name any) one of these model tags. */
    public Notice routing(Severity problemSeverity, Set<String> modelTags) {
        return new Notice(kind, severity, title, body, link, fields, groupKey, dedupeKey, repeatInterval,
                new Routing(problemSeverity, modelTags));
    }

    /** Whether a channel with these routing settings takes the notice. */
    public boolean routesTo(MinimumSeverity minimum, Collection<String> channelTags) {
        return routing == null || routing.matches(minimum, channelTags);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
