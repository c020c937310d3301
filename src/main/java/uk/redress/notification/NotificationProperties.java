package uk.redress.notification;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

import uk.redress.calendar.DeemedReceipt;

/**
 * How letters and emails leave Redress ({@code redress.notification.*}).
 *
 * @param from               sender address of emails (the council's complaints mailbox)
 * @param postClass          the class the post room uses for letters: decides their deemed receipt
 * @param tasklistUrl        link to Tasklist put in staff emails
 * @param requireDelivery    fail at start-up when neither a mail server nor Notify is configured (production);
 *                           when false (demo), emails are kept in the correspondence log as HELD
 * @param interruptedAfter   how long a delivery attempt may run before another node treats it as cut off by a
 *                           crash and tries again (longer than the job executor's lock time)
 * @param govNotify           GOV.UK Notify: off unless an API key is set
 */
@ConfigurationProperties("redress.notification")
public record NotificationProperties(String from, DeemedReceipt.SentBy postClass, String tasklistUrl,
                                     boolean requireDelivery, Duration interruptedAfter, Notify govNotify) {

    public NotificationProperties {
        from = from == null || from.isBlank() ? "complaints@redress.invalid" : from.trim();
        postClass = postClass == null ? DeemedReceipt.SentBy.SECOND_CLASS_POST : postClass;
        if (postClass == DeemedReceipt.SentBy.EMAIL || postClass == DeemedReceipt.SentBy.BY_HAND) {
            throw new IllegalArgumentException("redress.notification.post-class must be FIRST_CLASS_POST or "
                    + "SECOND_CLASS_POST");
        }
        tasklistUrl = tasklistUrl == null || tasklistUrl.isBlank()
                ? "http://localhost:8080/camunda/app/tasklist/" : tasklistUrl.trim();
        interruptedAfter = interruptedAfter == null ? Duration.ofMinutes(10) : interruptedAfter;
        govNotify = govNotify == null ? new Notify(null, null, null, Map.of()) : govNotify;
    }

    /**
     * @param apiKey          the service's API key (secret: from the environment); blank = Notify off
     * @param baseUrl         Notify's API address; blank = the public service
     * @param emailTemplateId the Notify email template used for every letter: it must show {@code ((subject))} and
     *                        {@code ((body))}
     * @param templates       a different template id for a letter, by letter name
     */
    public record Notify(String apiKey, String baseUrl, String emailTemplateId, Map<String, String> templates) {

        public Notify {
            templates = templates == null ? Map.of() : Map.copyOf(templates);
        }

        public boolean enabled() {
            return apiKey != null && !apiKey.isBlank();
        }

        public String templateFor(String letter) {
            return templates.getOrDefault(letter, emailTemplateId);
        }
    }
}
