package dev.beacon.notification.delivery;

import dev.beacon.notification.WebhookFormat;
import dev.beacon.notification.internal.StoredNotice;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON a webhook channel posts. Beacon's own format carries every field of the notice; the Slack-compatible one
 * is an incoming-webhook message, {"text": …, "blocks": […]}, whose text is the fallback for notifications.
 */
@Component
class WebhookPayloads {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageText text;

    WebhookPayloads(MessageText text) {
        this.text = text;
    }

    String body(StoredNotice stored, WebhookFormat format) {
        return JSON.writeValueAsString(format == WebhookFormat.SLACK ? slack(stored) : beacon(stored));
    }

    private Map<String, Object> beacon(StoredNotice stored) {
        var notice = stored.notice();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", stored.id().toString());
        body.put("kind", notice.kind());
        body.put("severity", notice.severity().name());
        body.put("title", notice.title());
        body.put("body", notice.body());
        body.put("link", text.link(notice));
        body.put("fields", notice.fields());
        body.put("groupKey", notice.groupKey());
        body.put("dedupeKey", notice.dedupeKey());
        body.put("teamId", stored.team() == null ? null : stored.team().toString());
        body.put("createdAt", stored.createdAt().toString());
        return body;
    }

    private Map<String, Object> slack(StoredNotice stored) {
        var notice = stored.notice();
        String headline = "*" + escape(text.subject(notice)) + "*";
        List<Object> blocks = new ArrayList<>();
        blocks.add(section(headline + (notice.body().isEmpty() ? "" : "\n" + escape(notice.body()))));
        if (!notice.fields().isEmpty()) {
            List<Object> facts = new ArrayList<>();
            notice.fields().entrySet().stream().limit(10).forEach(fact ->
                    facts.add(Map.of("type", "mrkdwn", "text", "*" + escape(fact.getKey()) + "*\n" + escape(fact.getValue()))));
            blocks.add(Map.of("type", "section", "fields", facts));
        }
        blocks.add(Map.of("type", "context", "elements",
                List.of(Map.of("type", "mrkdwn", "text", "<" + text.link(notice) + "|Open in Beacon>"))));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", text.subject(notice) + " " + text.link(notice));
        body.put("blocks", blocks);
        return body;
    }

    private static Map<String, Object> section(String markdown) {
        return Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", markdown));
    }

    /** Slack's three control characters in message text. */
    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
