package uk.redress.notification;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Email through the council's SMTP server ({@code spring.mail.*}). Plain text only: nothing a member of the public
 * wrote can become markup. The Message-ID is the message's idempotency key, so a mail system that sees the same
 * message twice can tell.
 */
@Component
class EmailDelivery {

    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationProperties properties;

    EmailDelivery(ObjectProvider<JavaMailSender> mailSender, NotificationProperties properties) {
        this.mailSender = mailSender;
        this.properties = properties;
    }

    /** Spring Boot configures a mail sender only when {@code spring.mail.host} is set. */
    boolean available() {
        return mailSender.getIfAvailable() != null || properties.govNotify().enabled();
    }

    String send(Correspondence message) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("No mail server is configured (spring.mail.host)");
        }
        try {
            MimeMessage mime = sender instanceof JavaMailSenderImpl impl
                    ? new KeyedMessage(impl.getSession(), message.getId()) : sender.createMimeMessage();
            mime.setFrom(new InternetAddress(properties.from()));
            mime.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(message.getRecipient(), true));
            mime.setSubject(message.getSubject(), StandardCharsets.UTF_8.name());
            mime.setText(message.getBody(), StandardCharsets.UTF_8.name());
            mime.setHeader("X-Redress-Reference", message.getComplaintReference());
            sender.send(mime);
            return mime.getMessageID();
        } catch (MessagingException | MailException e) {
            throw new DeliveryFailed("Email to the mail server failed: " + e.getMessage(), e);
        }
    }

    /** A message whose Message-ID is the idempotency key rather than a fresh random one. */
    private static final class KeyedMessage extends MimeMessage {

        private final String key;

        KeyedMessage(jakarta.mail.Session session, String key) {
            super(session);
            this.key = key;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + key + "@redress>");
        }
    }
}
