package uk.redress.notification;

import java.util.Map;

import org.springframework.stereotype.Component;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;

/**
 * Email through GOV.UK Notify with its official client, when {@code redress.notification.notify.api-key} is set.
 * Redress writes the words; the Notify template (one for all letters, or one per letter) lays them out through
 * the personalisation fields {@code subject} and {@code body}. The message's idempotency key is the Notify
 * reference.
 */
@Component
class NotifyDelivery {

    private final NotificationProperties.Notify settings;

    NotifyDelivery(NotificationProperties properties) {
        this.settings = properties.govNotify();
    }

    String send(Correspondence message) {
        if (!settings.enabled()) {
            throw new IllegalStateException("GOV.UK Notify is not configured (redress.notification.notify.api-key)");
        }
        String templateId = settings.templateFor(message.getLetter());
        if (templateId == null || templateId.isBlank()) {
            throw new IllegalStateException("No GOV.UK Notify template id for the letter '" + message.getLetter()
                    + "' (redress.notification.notify.email-template-id)");
        }
        NotificationClient client = settings.baseUrl() == null || settings.baseUrl().isBlank()
                ? new NotificationClient(settings.apiKey()) : new NotificationClient(settings.apiKey(),
                settings.baseUrl());
        try {
            return client.sendEmail(templateId, message.getRecipient(),
                    Map.of("subject", message.getSubject(), "body", message.getBody()), message.getId())
                    .getNotificationId().toString();
        } catch (NotificationClientException e) {
            throw new DeliveryFailed("GOV.UK Notify refused the email (HTTP " + e.getHttpResult() + "): "
                    + e.getMessage(), e);
        }
    }
}
