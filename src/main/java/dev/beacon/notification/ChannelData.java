package dev.beacon.notification;

import dev.beacon.shared.UserId;

import java.util.List;
import java.util.Locale;

/**
 * What an OWNER sets on a channel.
 *
 * @param recipients    EMAIL and IN_APP: the members who get it; empty means every member of the team
 * @param addresses     EMAIL only: further addresses, e.g. a team mailing list
 * @param webhookUrl    WEBHOOK only: where Beacon posts, under the outbound-call rules
 * @param webhookFormat WEBHOOK only: Beacon's JSON or a Slack-compatible body; null means Beacon's JSON
 * @param minSeverity   routing: the least severe notice the channel takes; null means everything
 * @param modelTags     routing: only notices about models carrying one of these tags; empty means every model
 */
public record ChannelData(String name, ChannelType type, boolean enabled, List<UserId> recipients, List<String> addresses,
                          String webhookUrl, WebhookFormat webhookFormat, MinimumSeverity minSeverity, List<String> modelTags) {

    public ChannelData {
        name = name == null ? "" : name.strip();
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        addresses = addresses == null ? List.of() : addresses.stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
        webhookUrl = webhookUrl == null || webhookUrl.isBlank() ? null : webhookUrl.strip();
        if (type == ChannelType.WEBHOOK && webhookFormat == null) {
            webhookFormat = WebhookFormat.BEACON;
        }
        if (minSeverity == null) {
            minSeverity = MinimumSeverity.EVERYTHING;
        }
        modelTags = modelTags == null ? List.of()
                : modelTags.stream().map(tag -> tag.strip().toLowerCase(Locale.ROOT)).filter(tag -> !tag.isEmpty()).distinct().toList();
    }

    public static ChannelData webhook(String name, String url, WebhookFormat format) {
        return new ChannelData(name, ChannelType.WEBHOOK, true, List.of(), List.of(), url, format, null, null);
    }

    public static ChannelData email(String name, List<UserId> members, List<String> addresses) {
        return new ChannelData(name, ChannelType.EMAIL, true, members, addresses, null, null, null, null);
    }

    /** Every member of the team, or only these. */
    public static ChannelData inApp(String name, List<UserId> members) {
        return new ChannelData(name, ChannelType.IN_APP, true, members, List.of(), null, null, null, null);
    }

    /** The same channel with other routing settings. */
    public ChannelData routed(MinimumSeverity minimum, List<String> tags) {
        return new ChannelData(name, type, enabled, recipients, addresses, webhookUrl, webhookFormat, minimum, tags);
    }
}
