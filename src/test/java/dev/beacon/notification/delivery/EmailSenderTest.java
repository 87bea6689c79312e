package dev.beacon.notification.delivery;

import dev.beacon.notification.ChannelData;
import dev.beacon.notification.ChannelId;
import dev.beacon.notification.ChannelType;
import dev.beacon.notification.Notice;
import dev.beacon.notification.NoticeId;
import dev.beacon.notification.Severity;
import dev.beacon.notification.internal.ChannelTarget;
import dev.beacon.notification.internal.ClaimedDelivery;
import dev.beacon.notification.internal.StoredNotice;
import dev.beacon.shared.TeamId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Without an SMTP server, e-mail channels say so and record a failure instead of pretending to send. */
class EmailSenderTest {

    private final EmailSender withoutSmtp = new EmailSender(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
            null, null, new NotificationProperties(null, null, null, null, null, null, null, null));

    @Test
    void without_an_smtp_server_sending_fails_for_good_with_a_message_saying_how_to_configure_one() {
        var team = new TeamId(UUID.randomUUID());
        var channel = new ChannelTarget(new ChannelId(UUID.randomUUID()), team,
                ChannelData.email("Mail", List.of(), List.of("oncall@example.org")), null);
        var notice = new StoredNotice(new NoticeId(UUID.randomUUID()), team, null,
                Notice.of("test", Severity.INFO, "Hello", "", null), Instant.now());
        var delivery = new ClaimedDelivery(UUID.randomUUID(), UUID.randomUUID(), notice.id(), channel.id(), null, ChannelType.EMAIL, 0, null);

        SendResult result = withoutSmtp.send(Message.single(notice, delivery, channel));

        assertThat(withoutSmtp.configured()).isFalse();
        assertThat(result.delivered()).isFalse();
        assertThat(result.retryable()).isFalse();
        assertThat(result.error()).contains("No SMTP server is configured", "SPRING_MAIL_HOST");
    }
}
