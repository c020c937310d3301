package uk.redress.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.redress.RedressSpringTest;

/** The representative and reasonable adjustments are recorded through the API as through the intake page. */
class ContactArrangementsApiTest extends RedressSpringTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ContactArrangementsRepository arrangements;
    @Autowired
    ComplaintRepository complaints;

    private ResponseEntity<JsonNode> record(Map<String, Object> extra) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("procedure", "harborough-corporate",
                "receivedOn", LocalDate.now(LONDON).toString(), "channel", "MP_OR_COUNCILLOR",
                "complainant", Map.of("name", "Robin Constituent"), "serviceArea", "Housing", "summary", "Damp"));
        body.putAll(extra);
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("demo", "demo");
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange("/api/complaints", HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    @Test
    void anMpActingForTheComplainant_andLargePrintLetters_areRecordedWithTheComplaint() {
        ResponseEntity<JsonNode> created = record(Map.of(
                "representative", Map.of("name", "A Member", "role", "MP", "email", "member@example.org"),
                "adjustments", Map.of("preferredContact", "POST", "format", "LARGE_PRINT")));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ContactArrangements recorded = arrangements.findById(created.getBody().get("reference").asText()).orElseThrow();
        assertThat(recorded.getRepresentativeName()).isEqualTo("A Member");
        assertThat(recorded.getRepresentativeRole()).isEqualTo(RepresentativeRole.MP);
        assertThat(recorded.getPreferredContact()).isEqualTo(ContactMethod.POST);
        assertThat(recorded.getLetterFormat()).isEqualTo(LetterFormat.LARGE_PRINT);
    }

    @Test
    void aRepresentativeWithoutAName_isRefusedNamingTheField_andNothingIsStored() {
        long before = complaints.count();
        ResponseEntity<JsonNode> refused = record(Map.of("representative", Map.of("role", "ADVOCATE")));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().toString()).contains("representative.name");
        assertThat(complaints.count()).isEqualTo(before);
    }
}
