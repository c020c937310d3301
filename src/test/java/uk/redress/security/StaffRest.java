package uk.redress.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A demo user (password = user name) calling the REST APIs with JSON, and a complaint recorded to try them on. */
final class StaffRest {

    private StaffRest() {
    }

    static ResponseEntity<JsonNode> call(TestRestTemplate http, String user, HttpMethod method, String url, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, user);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(url, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    /** A complaint recorded by the administrator; its reference. */
    static String complaint(TestRestTemplate http, String procedure) {
        ResponseEntity<JsonNode> created = call(http, "demo", HttpMethod.POST, "/api/complaints", Map.of(
                "procedure", procedure, "receivedOn", "2026-11-20", "channel", "EMAIL",
                "complainant", Map.of("name", "Door Tester", "email", "door.tester@example.org"),
                "serviceArea", "Roads", "summary", "Pothole on the high street"));
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        return created.getBody().get("reference").asText();
    }
}
