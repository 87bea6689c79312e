package dev.beacon.notification;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A channel's settings for the audit log; never its secret, and of a webhook URL only the host (a Slack webhook's path
 * is itself a secret).
 */
final class ChannelSnapshot {

    private ChannelSnapshot() {
    }

    static Map<String, Object> of(ChannelData data) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", data.name());
        state.put("type", data.type().name());
        state.put("enabled", data.enabled());
        state.put("recipients", data.recipients().isEmpty() ? "every member" : data.recipients().size() + " members");
        state.put("addresses", String.join(", ", data.addresses()));
        state.put("webhookHost", data.webhookUrl() == null ? "" : host(data.webhookUrl()));
        state.put("webhookFormat", data.webhookFormat() == null ? "" : data.webhookFormat().name());
        return state;
    }

    private static String host(String url) {
        try {
            return java.net.URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
