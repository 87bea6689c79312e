package dev.beacon.notification;

import dev.beacon.shared.UserId;

import java.util.List;

/**
 * What an OWNER sets on a channel.
 *
 * @param recipients    EMAIL and IN_APP: the members who get it; empty means every member of the team
 * @param addresses     EMAIL only: further addresses, e.g. a team mailing list
 * @param webhookUrl    WEBHOOK only: where Beacon posts, under the outbound-call rules
 * @param webhookFormat WEBHOOK only: Beacon's JSON or a Slack-compatible body; null means Beacon's JSON
 */
public record ChannelData(String name, ChannelType type, boolean enabled, List<UserId> recipients, List<String> addresses,
                          String webhookUrl, WebhookFormat webhookFormat) {

    public ChannelData {
        name = name == null ? "" : name.strip();
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        addresses = addresses == null ? List.of() : addresses.stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
        webhookUrl = webhookUrl == null || webhookUrl.isBlank() ? null : webhookUrl.strip();
        if (type == ChannelType.WEBHOOK && webhookFormat == null) {
            webhookFormat = WebhookFormat.BEACON;
        }
    }

    public static ChannelData webhook(String name, String url, WebhookFormat format) {
        return new ChannelData(name, ChannelType.WEBHOOK, true, List.of(), List.of(), url, format);
    }

    public static ChannelData email(String name, List<UserId> members, List<String> addresses) {
        return new ChannelData(name, ChannelType.EMAIL, true, members, addresses, null, null);
    }

    /** Every member of the team, or only these. */
    public static ChannelData inApp(String name, List<UserId> members) {
        return new ChannelData(name, ChannelType.IN_APP, true, members, List.of(), null, null);
    }
}
