package dev.beacon.notification.delivery;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * How notifications are delivered.
 *
 * @param publicUrl      the address people open Beacon at; links in e-mails and webhooks start with it
 * @param mailFrom       the sender of notification e-mails
 * @param repeatInterval how long a dedupe key keeps the same notice from going to the same channel again, unless the
 *                       notice says otherwise
 * @param retryDelays    the waits before the 2nd, 3rd, … attempt of a failed webhook or e-mail; after the last one the
 *                       delivery has failed for good
 * @param pollInterval   how often each instance looks for due deliveries (retries, and any an instance left behind)
 * @param lease          how long a claimed delivery stays with its instance before another may take it over
 * @param webhookTimeout the deadline of one webhook call
 * @param groupWait      how long an e-mail or webhook delivery of a grouped notice (e.g. an alert) waits for others of
 *                       its group to the same channel, which then go out with it in one message
 */
@ConfigurationProperties("beacon.notification")
public record NotificationProperties(String publicUrl, String mailFrom, Duration repeatInterval, List<Duration> retryDelays,
                                     Duration pollInterval, Duration lease, Duration webhookTimeout, Duration groupWait) {

    public NotificationProperties {
        if (publicUrl == null || publicUrl.isBlank()) publicUrl = "http://localhost:8080";
        publicUrl = publicUrl.replaceFirst("/+$", "");
        if (mailFrom == null || mailFrom.isBlank()) mailFrom = "beacon@localhost";
        if (repeatInterval == null) repeatInterval = Duration.ofHours(4);
        if (retryDelays == null || retryDelays.isEmpty()) {
            retryDelays = List.of(Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofMinutes(30),
                    Duration.ofHours(1), Duration.ofHours(2));
        }
        if (pollInterval == null) pollInterval = Duration.ofSeconds(5);
        if (lease == null) lease = Duration.ofMinutes(2);
        if (webhookTimeout == null) webhookTimeout = Duration.ofSeconds(10);
        if (groupWait == null) groupWait = Duration.ofSeconds(30);
    }

    /** The absolute URL of a Beacon route, or of the start page when there is none. */
    public String absolute(String route) {
        return publicUrl + "/" + (route == null ? "" : route);
    }
}
