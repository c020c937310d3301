package uk.redress.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A member of staff signed in to the Camunda web apps as a browser is (session cookie and CSRF token), calling
 * the web apps' own door to the engine, {@code /camunda/api/engine/engine/default/...}.
 */
public final class WebAppSession {

    static final String ENGINE = "/camunda/api/engine/engine/default";
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final TestRestTemplate http;
    private final Map<String, String> cookies = new TreeMap<>();
    private String csrfToken;

    private WebAppSession(TestRestTemplate http) {
        this.http = http;
    }

    public static WebAppSession signIn(TestRestTemplate http, String user, String password, String app) {
        WebAppSession session = new WebAppSession(http);
        session.exchange(HttpMethod.GET, "/camunda/app/" + app + "/default/", null, MediaType.TEXT_HTML, String.class);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        ResponseEntity<String> login = session.exchange(HttpMethod.POST,
                "/camunda/api/admin/auth/user/default/login/" + app, form, MediaType.APPLICATION_FORM_URLENCODED,
                String.class);
        assertThat(login.getStatusCode().value()).as("sign-in of " + user + ": " + login.getBody()).isEqualTo(200);
        // signing in starts a new session: its CSRF token comes with the next read, as in the browser
        session.csrfToken = null;
        session.cookies.remove("XSRF-TOKEN");
        ResponseEntity<String> whoAmI = session.exchange(HttpMethod.GET, "/camunda/api/admin/auth/user/default", null,
                MediaType.APPLICATION_JSON, String.class);
        assertThat(whoAmI.getStatusCode().value()).isEqualTo(200);
        assertThat(session.csrfToken).as("CSRF token of the signed-in session").isNotBlank();
        return session;
    }

    /** The answer's body as JSON, or as a text node when it is not JSON (an HTML error page, say). */
    ResponseEntity<JsonNode> call(HttpMethod method, String path, Object body) {
        return callUrl(method, ENGINE + path, body);
    }

    /** A read anywhere under the web apps' {@code /camunda/api}, a Cockpit plugin's resources say. */
    public ResponseEntity<JsonNode> get(String url) {
        return callUrl(HttpMethod.GET, url, null);
    }

    /** Any address of the application with this session, e.g. what a Tasklist custom script asks of Redress. */
    ResponseEntity<JsonNode> callUrl(HttpMethod method, String url, Object body) {
        ResponseEntity<String> response = exchange(method, url, body, MediaType.APPLICATION_JSON, String.class);
        JsonNode json;
        try {
            json = response.getBody() == null ? null : JSON.readTree(response.getBody());
        } catch (java.io.IOException e) {
            json = com.fasterxml.jackson.databind.node.TextNode.valueOf(response.getBody());
        }
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders()).body(json);
    }

    private <T> ResponseEntity<T> exchange(HttpMethod method, String url, Object body, MediaType type, Class<T> answer) {
        HttpHeaders headers = new HttpHeaders();
        if (body != null) {
            headers.setContentType(type);
        }
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, MediaType.ALL));
        if (!cookies.isEmpty()) {
            List<String> pairs = new ArrayList<>();
            cookies.forEach((name, value) -> pairs.add(name + "=" + value));
            headers.add(HttpHeaders.COOKIE, String.join("; ", pairs));
        }
        if (csrfToken != null) {
            headers.add("X-XSRF-TOKEN", csrfToken);
        }
        ResponseEntity<T> response = http.exchange(url, method, new HttpEntity<>(body, headers), answer);
        for (String setCookie : response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        String token = response.getHeaders().getFirst("X-XSRF-TOKEN");
        if (token != null && !token.isBlank()) {
            csrfToken = token;
        } else if (cookies.containsKey("XSRF-TOKEN")) {
            csrfToken = cookies.get("XSRF-TOKEN");
        }
        return response;
    }
}
