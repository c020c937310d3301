package uk.redress.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * GOV.UK Notify through its official client, against a local stand-in for the Notify API that records what the
 * client sent: the template id from configuration, the recipient, the letter's words as personalisation, and the
 * idempotency key as the reference.
 */
class NotifyDeliveryTest {

    private static final String SERVICE_ID = UUID.randomUUID().toString();
    private static final String API_KEY = "redress_test-" + SERVICE_ID + "-" + UUID.randomUUID();
    private static final String TEMPLATE_ID = UUID.randomUUID().toString();
    private static final String SURVEY_TEMPLATE_ID = UUID.randomUUID().toString();

    private final ObjectMapper json = new ObjectMapper();
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private HttpServer notifyApi;
    private volatile int status = 201;

    @BeforeEach
    void startNotifyStandIn() throws IOException {
        notifyApi = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        notifyApi.createContext("/v2/notifications/email", exchange -> {
            JsonNode request = json.readTree(exchange.getRequestBody());
            requests.add(request);
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            String response = status == 201 ? """
                    {"id": "%s", "reference": "%s",
                     "content": {"body": "b", "subject": "s", "from_email": "complaints@notify.invalid"},
                     "uri": "https://api.notifications.service.gov.uk/v2/notifications/1",
                     "template": {"id": "%s", "version": 1, "uri": "https://api.notifications.service.gov.uk/t"}}
                    """.formatted(UUID.randomUUID(), request.get("reference").asText(),
                    request.get("template_id").asText())
                    : "{\"status_code\": 429, \"errors\": [{\"error\": \"RateLimitError\", \"message\": \"slow down\"}]}";
            byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        notifyApi.start();
    }

    @AfterEach
    void stop() {
        notifyApi.stop(0);
    }

    private NotificationProperties properties() {
        return new NotificationProperties(null, null, null, true, null, new NotificationProperties.Notify(API_KEY,
                "http://127.0.0.1:" + notifyApi.getAddress().getPort(), TEMPLATE_ID,
                Map.of("satisfaction-survey", SURVEY_TEMPLATE_ID)));
    }

    private static Correspondence message(String letter) {
        return new Correspondence("WCC-2026-000001", "warwickshire-general", letter, Audience.COMPLAINANT,
                Route.NOTIFY_EMAIL, "jo@example.org",
                new RenderedLetter("Your complaint WCC-2026-000001", "Dear Jo <b>Bloggs</b>\n\nThank you."),
                Instant.parse("2026-12-23T10:00:00Z"));
    }

    @Test
    void sendsTheLettersWordsThroughTheConfiguredTemplate_withTheIdempotencyKeyAsReference() {
        Correspondence acknowledgement = message("acknowledgement");
        String notificationId = new NotifyDelivery(properties()).send(acknowledgement);

        assertThat(notificationId).isNotBlank();
        assertThat(requests).hasSize(1);
        JsonNode sent = requests.get(0);
        assertThat(sent.get("template_id").asText()).isEqualTo(TEMPLATE_ID);
        assertThat(sent.get("email_address").asText()).isEqualTo("jo@example.org");
        assertThat(sent.get("reference").asText()).isEqualTo(acknowledgement.getId());
        assertThat(sent.get("personalisation").get("subject").asText()).isEqualTo("Your complaint WCC-2026-000001");
        assertThat(sent.get("personalisation").get("body").asText()).isEqualTo("Dear Jo <b>Bloggs</b>\n\nThank you.");
        assertThat(authorizations.get(0)).startsWith("Bearer ");
    }

    @Test
    void aLetterCanHaveItsOwnNotifyTemplate() {
        new NotifyDelivery(properties()).send(message("satisfaction-survey"));
        assertThat(requests.get(0).get("template_id").asText()).isEqualTo(SURVEY_TEMPLATE_ID);
    }

    @Test
    void aRefusalFromNotifyFailsTheDelivery_soTheJobRetries() {
        status = 429;
        assertThatThrownBy(() -> new NotifyDelivery(properties()).send(message("acknowledgement")))
                .isInstanceOf(DeliveryFailed.class).hasMessageContaining("HTTP 429");
    }

    @Test
    void notifyIsOffWithoutAnApiKey_andProductionRefusesToStartWithNoWayToSendEmail() {
        NotificationProperties off = new NotificationProperties(null, null, null, true, null, null);
        assertThat(off.govNotify().enabled()).isFalse();
        EmailDelivery noSmtp = new EmailDelivery(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                off);
        assertThat(noSmtp.available()).isFalse();
        assertThatThrownBy(() -> new DeliveryReadiness(noSmtp, off).afterSingletonsInstantiated())
                .hasMessageContaining("spring.mail.host").hasMessageContaining("notify.api-key");
        NotificationProperties demo = new NotificationProperties(null, null, null, false, null, null);
        new DeliveryReadiness(new EmailDelivery(new StaticListableBeanFactory().getBeanProvider(
                JavaMailSender.class), demo), demo).afterSingletonsInstantiated();
        assertThat(new EmailDelivery(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                properties()).available()).as("Notify alone is enough").isTrue();
    }

    @Test
    void postClassMustBeAPostalClass() {
        assertThatThrownBy(() -> new NotificationProperties(null, uk.redress.calendar.DeemedReceipt.SentBy.EMAIL,
                null, true, null, null)).hasMessageContaining("post-class");
    }
}
