package dev.beacon.notification;

import dev.beacon.security.TeamMember;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.UserId;
import dev.beacon.telemetry.outbound.OutboundHttp;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules a channel must meet before it is saved, each failure naming its field. A webhook URL must pass the
 * outbound-call rules now (its host is resolved and checked against the deny list); every call checks it again.
 */
@Component
class ChannelChecks {

    static final int MAX_NAME = 80;
    static final int MAX_ADDRESSES = 20;
    static final int MAX_TAGS = 20;
    /** The registry's tag format. */
    private static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9._:-]{0,39}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}");

    private final OutboundHttp outbound;

    ChannelChecks(OutboundHttp outbound) {
        this.outbound = outbound;
    }

    ChannelData check(ChannelData data, List<TeamMember> members) {
        if (data.name().isEmpty() || data.name().length() > MAX_NAME) {
            throw new InvalidInputException("name", "Enter a name of 1–80 characters, e.g. \"On-call e-mail\"");
        }
        if (data.type() == null) {
            throw new InvalidInputException("type", "Choose e-mail, webhook or in-app");
        }
        Set<UserId> memberIds = members.stream().map(TeamMember::userId).collect(Collectors.toSet());
        if (!memberIds.containsAll(data.recipients())) {
            throw new InvalidInputException("recipients", "Choose members of this team");
        }
        checkTags(data.modelTags());
        ChannelData checked = switch (data.type()) {
            case EMAIL -> email(data);
            case WEBHOOK -> webhook(data);
            case IN_APP -> new ChannelData(data.name(), data.type(), data.enabled(), data.recipients(), List.of(), null, null,
                    null, null);
        };
        return checked.routed(data.minSeverity(), data.modelTags());
    }

    private static void checkTags(List<String> tags) {
        if (tags.size() > MAX_TAGS) {
            throw new InvalidInputException("modelTags", "Enter at most " + MAX_TAGS + " tags");
        }
        for (String tag : tags) {
            if (!TAG.matcher(tag).matches()) {
                throw new InvalidInputException("modelTags", "\"" + tag
                        + "\" is not a tag: use 1–40 lowercase letters, digits, dots, dashes, colons or underscores");
            }
        }
    }

    private ChannelData email(ChannelData data) {
        if (data.addresses().size() > MAX_ADDRESSES) {
            throw new InvalidInputException("addresses", "Enter at most " + MAX_ADDRESSES + " addresses");
        }
        for (String address : data.addresses()) {
            if (!EMAIL.matcher(address).matches()) {
                throw new InvalidInputException("addresses", "\"" + address + "\" is not an e-mail address");
            }
        }
        return new ChannelData(data.name(), data.type(), data.enabled(), data.recipients(), data.addresses(), null, null, null, null);
    }

    private ChannelData webhook(ChannelData data) {
        if (data.webhookUrl() == null) {
            throw new InvalidInputException("webhookUrl", "Enter the URL Beacon posts to, e.g. https://hooks.example.org/beacon");
        }
        if (data.webhookUrl().length() > 2000) {
            throw new InvalidInputException("webhookUrl", "Enter a URL of at most 2000 characters");
        }
        outbound.refusal(data.webhookUrl()).ifPresent(refused -> {
            throw new InvalidInputException("webhookUrl", refused.failure().description() + ": " + refused.detail());
        });
        return new ChannelData(data.name(), data.type(), data.enabled(), List.of(), List.of(), data.webhookUrl(), data.webhookFormat(),
                null, null);
    }
}
