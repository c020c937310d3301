package uk.redress.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.redress.RedressSpringTest;

/** Health for load balancers without details; details and metrics for administrators only. */
class OperationsEndpointsTest extends RedressSpringTest {

    @Autowired
    TestRestTemplate http;

    private ResponseEntity<JsonNode> get(String user, String url) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, user.equals("demo") ? "demo" : user);
        }
        return http.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    @Test
    void health_isOpenWithoutDetails_andShowsDatabaseAndEngineToAnAdministrator() {
        ResponseEntity<JsonNode> anonymous = get(null, "/actuator/health");
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(anonymous.getBody().get("status").asText()).isEqualTo("UP");
        assertThat(anonymous.getBody().has("components")).isFalse();
        assertThat(get(null, "/actuator/health/readiness").getStatusCode()).isEqualTo(HttpStatus.OK);

        JsonNode details = get("demo", "/actuator/health").getBody();
        assertThat(details.get("components").has("db")).isTrue();
        assertThat(details.get("components").has("processEngine")).isTrue();
    }

    @Test
    void metrics_areForAdministratorsOnly() {
        assertThat(get(null, "/actuator/metrics").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get("harborough-service-officers", "/actuator/metrics").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("demo", "/actuator/metrics").getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
