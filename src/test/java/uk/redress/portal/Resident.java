package uk.redress.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** A resident's browser without JavaScript: keeps its cookies and sends each form's CSRF token back. */
final class Resident {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final TestRestTemplate http;
    private final String address;
    private final Map<String, String> cookies = new TreeMap<>();
    private String csrf;

    Resident(TestRestTemplate http, String address) {
        // a browser shows each redirect's target itself: the test sees the redirect
        this.http = http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
        this.address = address;
    }

    ResponseEntity<String> get(String url) {
        ResponseEntity<String> page = exchange(HttpMethod.GET, url, null);
        if (page.getBody() != null) {
            Matcher token = CSRF.matcher(page.getBody());
            if (token.find()) {
                csrf = token.group(1);
            }
        }
        return page;
    }

    ResponseEntity<String> post(String url, Map<String, String> fields) {
        return post(url, fields, true);
    }

    ResponseEntity<String> post(String url, Map<String, String> fields, boolean withToken) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        if (withToken && csrf != null) {
            form.add("_csrf", csrf);
        }
        return exchange(HttpMethod.POST, url, form);
    }

    /** The form posted as multipart, with files: name to (file name, bytes). */
    ResponseEntity<String> postWithFiles(String url, Map<String, String> fields, Map<String, byte[]> files) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        form.add("_csrf", csrf);
        files.forEach((name, bytes) -> form.add("attachments", new org.springframework.core.io.ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        }));
        HttpHeaders headers = headers();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> response = http.exchange(url, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
        keepCookies(response);
        return response;
    }

    private HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.add("X-Forwarded-For", address);
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        if (!cookies.isEmpty()) {
            List<String> pairs = new ArrayList<>();
            cookies.forEach((name, value) -> pairs.add(name + "=" + value));
            headers.add(HttpHeaders.COOKIE, String.join("; ", pairs));
        }
        return headers;
    }

    private void keepCookies(ResponseEntity<String> response) {
        for (String setCookie : response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
    }

    private ResponseEntity<String> exchange(HttpMethod method, String url, MultiValueMap<String, String> form) {
        HttpHeaders headers = new HttpHeaders();
        headers.add("X-Forwarded-For", address);
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        if (form != null) {
            headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        }
        if (!cookies.isEmpty()) {
            List<String> pairs = new ArrayList<>();
            cookies.forEach((name, value) -> pairs.add(name + "=" + value));
            headers.add(HttpHeaders.COOKIE, String.join("; ", pairs));
        }
        ResponseEntity<String> response = http.exchange(url, method, new HttpEntity<>(form, headers), String.class);
        for (String setCookie : response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return response;
    }
}
