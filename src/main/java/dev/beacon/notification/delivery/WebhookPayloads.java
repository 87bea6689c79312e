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
 * The JSON a webhook channel posts. Beacon's own format carries every field of the notice; a group of notices is
 * {"count": n, "groupKey": …, "teamId": …, "notices": [one object per notice, as a single notice is sent]}, so a
 * receiver tells the two apart by "notices". The Slack-compatible one is an incoming-webhook message,
 * {"text": …, "blocks": […]}, whose text is the fallback for notifications; a group is one message with a headline and
 * one section per notice.
 */
@Component
class WebhookPayloads {

    /** Slack takes at most 50 blocks per message; each notice takes two. */
    private static final int SLACK_SECTIONS = 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageText text;

    WebhookPayloads(MessageText text) {
        this.text = text;
    }

    String body(Message message, WebhookFormat format) {
        if (!message.grouped()) {
            return JSON.writeValueAsString(format == WebhookFormat.SLACK ? slack(message.first()) : beacon(message.first()));
        }
        return JSON.writeValueAsString(format == WebhookFormat.SLACK ? slackGroup(message) : beaconGroup(message));
    }

    private Map<String, Object> beaconGroup(Message message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("count", message.notices().size());
        body.put("title", text.groupSubject(message));
        body.put("groupKey", message.first().notice().groupKey());
        body.put("teamId", message.first().team() == null ? null : message.first().team().toString());
        body.put("notices", message.notices().stream().map(this::beacon).toList());
        return body;
    }

    private Map<String, Object> slackGroup(Message message) {
        String headline = text.groupSubject(message);
        List<Object> blocks = new ArrayList<>();
        blocks.add(section("*" + escape(headline) + "*"));
        for (StoredNotice stored : message.notices().stream().limit(SLACK_SECTIONS).toList()) {
            var notice = stored.notice();
            blocks.add(Map.of("type", "divider"));
            blocks.add(section("*" + escape(text.subject(notice)) + "*" + (notice.body().isEmpty() ? "" : "\n" + escape(notice.body()))
                    + "\n<" + text.link(notice) + "|Open in Beacon>"));
        }
        if (message.notices().size() > SLACK_SECTIONS) {
            blocks.add(section("…and " + (message.notices().size() - SLACK_SECTIONS) + " more in Beacon"));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", headline);
        body.put("blocks", blocks);
        return body;
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
