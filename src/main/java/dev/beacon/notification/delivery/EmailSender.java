package dev.beacon.notification.delivery;

import dev.beacon.notification.ChannelType;
import dev.beacon.notification.internal.ChannelTarget;
import dev.beacon.security.UserAccount;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Sends one plain-text e-mail per message (one notice, or a group of them) to all its recipients through Spring's {@link JavaMailSender}, which exists
 * only when an SMTP server is configured ({@code spring.mail.host}). Without one, every e-mail delivery fails at once
 * with a message saying so, never silently.
 */
@Component
public class EmailSender implements TargetSender {

    public static final String NOT_CONFIGURED = "No SMTP server is configured: set SPRING_MAIL_HOST (and SPRING_MAIL_PORT, "
            + "SPRING_MAIL_USERNAME, SPRING_MAIL_PASSWORD as needed) and restart Beacon to send e-mail";

    private final ObjectProvider<JavaMailSender> mail;
    private final Recipients recipients;
    private final MessageText text;
    private final NotificationProperties properties;

    EmailSender(ObjectProvider<JavaMailSender> mail, Recipients recipients, MessageText text, NotificationProperties properties) {
        this.mail = mail;
        this.recipients = recipients;
        this.text = text;
        this.properties = properties;
    }

    /** Whether Beacon can send e-mail at all. */
    public boolean configured() {
        return mail.getIfAvailable() != null;
    }

    @Override
    public ChannelType type() {
        return ChannelType.EMAIL;
    }

    @Override
    public SendResult send(Message message) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return SendResult.failedForGood(NOT_CONFIGURED);
        }
        Set<String> to = new LinkedHashSet<>();
        ChannelTarget channel = message.channel();
        recipients.of(message.firstDelivery(), channel).stream().map(UserAccount::email)
                .filter(email -> email != null && !email.isBlank()).forEach(to::add);
        if (channel != null) {
            to.addAll(channel.data().addresses());
        }
        if (to.isEmpty()) {
            return SendResult.failedForGood("No recipient has an e-mail address");
        }
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(properties.mailFrom());
        mail.setTo(to.toArray(String[]::new));
        mail.setSubject(text.subject(message));
        mail.setText(text.plain(message));
        try {
            sender.send(mail);
            return SendResult.ok(null);
        } catch (MailException e) {
            return SendResult.failed(null, "SMTP: " + e.getMostSpecificCause().getMessage());
        }
    }
}
