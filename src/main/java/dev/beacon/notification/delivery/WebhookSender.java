package dev.beacon.notification.delivery;

import dev.beacon.notification.ChannelType;
import dev.beacon.notification.internal.ChannelTarget;
import dev.beacon.telemetry.outbound.OutboundFailure;
import dev.beacon.telemetry.outbound.OutboundHttp;
import dev.beacon.telemetry.outbound.OutboundResponse;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Posts the message (one notice, or a group; the notice and delivery headers then list every id, comma-separated)
 * to the channel's URL through {@link OutboundHttp} (deny list after DNS, same-host redirects only,
 * a deadline, a size cap), signed with the channel's secret. A refused address or an invalid URL is not retried.
 */
@Component
class WebhookSender implements TargetSender {

    private final OutboundHttp http;
    private final WebhookPayloads payloads;
    private final NotificationProperties properties;

    WebhookSender(OutboundHttp http, WebhookPayloads payloads, NotificationProperties properties) {
        this.http = http;
        this.payloads = payloads;
        this.properties = properties;
    }

    @Override
    public ChannelType type() {
        return ChannelType.WEBHOOK;
    }

    @Override
    public SendResult send(Message message) {
        ChannelTarget channel = message.channel();
        String body = payloads.body(message, channel.data().webhookFormat());
        OutboundResponse response = http.postJson(channel.data().webhookUrl(), body, Map.of(
                WebhookSignature.HEADER, WebhookSignature.of(body, channel.secret()),
                "X-Beacon-Notice", message.notices().stream().map(notice -> notice.id().toString()).collect(Collectors.joining(",")),
                "X-Beacon-Delivery", message.deliveries().stream().map(delivery -> delivery.id().toString())
                        .collect(Collectors.joining(","))), properties.webhookTimeout());
        Integer status = response.status() == 0 ? null : response.status();
        if (response.ok()) {
            return SendResult.ok(status);
        }
        String error = response.failure().description() + " (" + response.detail() + ")";
        boolean hopeless = response.failure() == OutboundFailure.BLOCKED_ADDRESS || response.failure() == OutboundFailure.INVALID_URL;
        return hopeless ? SendResult.failedForGood(error) : SendResult.failed(status, error);
    }
}
