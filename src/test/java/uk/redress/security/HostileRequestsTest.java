package uk.redress.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.redress.RedressSpringTest;

/**
 * Requests no client should send, sent raw over a socket (so no HTTP library tidies them first): each is refused
 * with a problem ({@code application/problem+json}), never Tomcat's or Spring's own error page. And the calls a
 * page on another site could make a signed-in officer's browser send are refused.
 */
class HostileRequestsTest extends RedressSpringTest {

    private static final String DEMO = "Basic " + Base64.getEncoder().encodeToString("demo:demo".getBytes());

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    private final ObjectMapper json = new ObjectMapper();

    /** Status line, headers and body of a hand-written request. */
    private record Raw(int status, String headers, String body) {
    }

    private Raw send(String requestLine, String... headers) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: localhost:").append(port)
                    .append("\r\nAuthorization: ").append(DEMO).append("\r\nConnection: close\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = answer.indexOf("\r\n\r\n");
            String head = split < 0 ? answer : answer.substring(0, split);
            String body = split < 0 ? "" : answer.substring(split + 4);
            return new Raw(Integer.parseInt(head.substring(9, 12)), head, body);
        }
    }

    private void assertProblem(Raw raw, int status) throws IOException {
        assertThat(raw.status()).as(raw.headers()).isEqualTo(status);
        assertThat(raw.headers().toLowerCase()).contains("content-type: application/problem+json");
        String body = raw.body().contains("{") ? raw.body().substring(raw.body().indexOf('{'),
                raw.body().lastIndexOf('}') + 1) : raw.body();
        JsonNode problem = json.readTree(body);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(raw.body()).doesNotContainIgnoringCase("<html").doesNotContain("Tomcat").doesNotContain("Exception");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "GET /api/complaints/HDC%2F2026 HTTP/1.1",
            "GET /api/complaints/HDC%002026 HTTP/1.1",
            "GET /api/complaints/HDC\\2026 HTTP/1.1",
            "GET /api/complaints/HDC-2026-000001;x=1 HTTP/1.1",
            "GET /api/complaints/..;/..;/actuator/env HTTP/1.1",
            "GET /engine-rest/task;jsessionid=1 HTTP/1.1",
            "GET /engine-r%65st/task HTTP/1.1",
            "GET /api/complaints/HDC-2026-00000%31 HTTP/1.1"})
    void strangePaths_areProblems(String requestLine) throws IOException {
        assertProblem(send(requestLine), 400);
    }

    @Test
    void aHugeAddress_isAProblem() throws IOException {
        Raw raw = send("GET /api/complaints/" + "A".repeat(100_000) + " HTTP/1.1");
        assertThat(raw.status()).isBetween(400, 431);
        assertProblem(raw, raw.status());
    }

    @Test
    void traceAndUnknownMethods_areProblems() throws IOException {
        // the firewall refuses TRACE outright (400); a method an address does not take is a 405
        assertProblem(send("TRACE /api/complaints HTTP/1.1"), 400);
        assertProblem(send("DELETE /api/calendar/working-days HTTP/1.1", "Content-Type: application/json",
                "Content-Length: 0"), 405);
    }

    @Test
    void anAnswerTheClientWillNotAccept_orAFormatNotTaken_areProblems() throws IOException {
        assertProblem(send("GET /api/calendar/working-days?from=2026-12-01&add=1 HTTP/1.1", "Accept: text/csv"), 406);
        assertProblem(send("POST /api/complaints HTTP/1.1", "Content-Type: application/xml", "Content-Length: 0",
                "X-Requested-With: test"), 415);
        assertProblem(send("GET /no-such-page HTTP/1.1"), 404);
    }

    @Test
    void crossSiteCalls_thatChangeSomething_areRefused() {
        HttpHeaders foreign = new HttpHeaders();
        foreign.setBasicAuth("demo", "demo");
        foreign.setContentType(MediaType.APPLICATION_JSON);
        foreign.setOrigin("https://evil.example");
        ResponseEntity<JsonNode> forged = http.exchange("/api/complaints", HttpMethod.POST,
                new HttpEntity<>(Map.of("procedure", "harborough-corporate"), foreign), JsonNode.class);
        assertThat(forged.getStatusCode().value()).isEqualTo(403);

        // what an HTML form on another site can send: no JSON, no custom header
        HttpHeaders form = new HttpHeaders();
        form.setBasicAuth("demo", "demo");
        form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        for (String url : java.util.List.of("/api/complaints/HDC-2026-000001/resumption",
                "/engine-rest/task/00000000-0000-0000-0000-000000000000/unclaim")) {
            ResponseEntity<JsonNode> posted = http.exchange(url, HttpMethod.POST, new HttpEntity<>("a=b", form),
                    JsonNode.class);
            assertThat(posted.getStatusCode().value()).as(url).isEqualTo(415);
        }
        HttpHeaders bare = new HttpHeaders();
        bare.setBasicAuth("demo", "demo");
        assertThat(http.exchange("/api/complaints/HDC-2026-000001/resumption", HttpMethod.POST,
                new HttpEntity<>(bare), JsonNode.class).getStatusCode().value()).as("no body, no type").isEqualTo(415);

        // the same call from this site's own pages, or from a program, goes through to the application
        HttpHeaders own = new HttpHeaders();
        own.setBasicAuth("demo", "demo");
        own.setContentType(MediaType.APPLICATION_JSON);
        own.setOrigin("http://localhost:" + port);
        assertThat(http.exchange("/api/complaints/HDC-1999-999999/resumption", HttpMethod.POST,
                new HttpEntity<>(own), JsonNode.class).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void behindATlsProxy_cookiesAreSecure_andBrowsersAreToldToKeepToHttps() {
        HttpHeaders proxied = new HttpHeaders();
        proxied.setBasicAuth("demo", "demo");
        proxied.add("X-Forwarded-Proto", "https");
        proxied.add("X-Forwarded-Port", "443");
        ResponseEntity<String> api = http.exchange("/api/calendar/working-days?from=2026-12-01&add=1", HttpMethod.GET,
                new HttpEntity<>(proxied), String.class);
        assertThat(api.getHeaders().getFirst("Strict-Transport-Security")).contains("max-age=");

        ResponseEntity<String> page = http.exchange("/camunda/app/tasklist/default/", HttpMethod.GET,
                new HttpEntity<>(proxied), String.class);
        // the session cookie; the web apps' CSRF cookie is marked Secure by the production profile's settings
        assertThat(page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)).filteredOn(c -> c.startsWith("JSESSIONID"))
                .isNotEmpty().allSatisfy(cookie -> assertThat(cookie).contains("Secure").contains("HttpOnly"));
    }
}
