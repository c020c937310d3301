package uk.redress.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.redress.RedressSpringTest;
import uk.redress.TestMailServer;

/**
 * The log is read by people who may not see complaints: it must not carry a complainant's details. One complaint
 * goes through intake (and a refused one with bad input), screening, an exclusion, its letters (one delivered, one
 * failing while the mail server is down) and its status page; nothing the complainant wrote or is identified by
 * appears in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataLogTest extends RedressSpringTest {

    @org.springframework.beans.factory.annotation.Autowired
    uk.redress.notification.LetterOutbox outbox;

    private static final String NAME = "Perpetua Quillfeather";
    private static final String EMAIL = "perpetua.quillfeather@example.org";
    private static final String PHONE = "01632 960 777";
    private static final String ADDRESS = "17 Marrowbone Crescent, Lutterworth";
    private static final String SUMMARY = "My neighbour Bartholomew Inkwell keeps dumping rubble";

    @Autowired
    TestRestTemplate http;

    private ResponseEntity<JsonNode> call(HttpMethod method, String url, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("demo", "demo");
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(url, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    @Test
    void noComplainantDetailsInTheLog(CapturedOutput output) {
        Map<String, Object> who = Map.of("name", NAME, "email", EMAIL, "phone", PHONE, "address", ADDRESS);
        ResponseEntity<JsonNode> refused = call(HttpMethod.POST, "/api/complaints", Map.of(
                "procedure", "harborough-corporate", "receivedOn", "2099-01-01", "channel", "EMAIL",
                "complainant", who, "serviceArea", "Waste", "summary", SUMMARY + "\u0007"));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        // two years old: screening proposes an exclusion, the officer confirms it, the letter is written
        ResponseEntity<JsonNode> created = call(HttpMethod.POST, "/api/complaints", Map.of(
                "procedure", "harborough-corporate", "receivedOn", "2026-11-20", "channel", "EMAIL",
                "complainant", who, "serviceArea", "Waste", "summary", SUMMARY, "outcomeSought", "Stop " + NAME,
                "eventDate", "2024-10-01"));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String reference = created.getBody().get("reference").asText();
        String task = call(HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + reference, null)
                .getBody().get(0).get("id").asText();
        assertThat(call(HttpMethod.POST, "/engine-rest/task/" + task + "/complete", Map.of("variables", Map.of(
                "screeningDecision", Map.of("value", "exclude"),
                "screeningReason", Map.of("value", "More than 12 months old; " + NAME + " knew in 2024")))).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        List<String> letters = letterLog.findByComplaintReferenceOrderByQueuedAtAscIdAsc(reference).stream()
                .filter(row -> row.getStatus() == uk.redress.notification.CorrespondenceStatus.QUEUED)
                .map(uk.redress.notification.Correspondence::getId).toList();
        assertThat(letters).isNotEmpty();
        TestMailServer.stop();
        try {
            // the mail server is down: the letter fails, is logged and is tried again later
            assertThat(outbox.send(letters.get(0))).isFalse();
        } finally {
            TestMailServer.start();
        }
        sendLetters(reference);
        assertThat(call(HttpMethod.GET, "/api/complaints/" + reference, null).getBody().get("correspondence"))
                .isNotEmpty();

        assertThat(output.getAll()).as("the log").contains("Email to the mail server failed")
                .doesNotContain(NAME).doesNotContain("Quillfeather").doesNotContain(EMAIL).doesNotContain(PHONE)
                .doesNotContain("Marrowbone").doesNotContain("Bartholomew");
    }
}
