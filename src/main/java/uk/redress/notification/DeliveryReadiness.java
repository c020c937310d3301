package uk.redress.notification;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Production refuses to start without a way to send email ({@code redress.notification.require-delivery=true} in
 * the postgres profile): better no service than complainants silently left without letters.
 */
@Component
class DeliveryReadiness implements SmartInitializingSingleton {

    private final EmailDelivery email;
    private final NotificationProperties properties;

    DeliveryReadiness(EmailDelivery email, NotificationProperties properties) {
        this.email = email;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (properties.requireDelivery() && !email.available()) {
            throw new IllegalStateException("Letters cannot be sent: set spring.mail.host (SMTP) or "
                    + "redress.notification.notify.api-key (GOV.UK Notify), or set "
                    + "redress.notification.require-delivery=false to keep emails in the log unsent");
        }
    }
}
