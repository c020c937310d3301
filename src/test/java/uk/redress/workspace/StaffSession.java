package uk.redress.workspace;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A member of staff's browser without the browser: real HTTP to the running application, the session cookie kept,
 * redirects not followed (so tests see them), and each form posted with the CSRF token of the page it came from.
 */
public final class StaffSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String forwardedFor;

    public record Page(int status, String body, String location) {
    }

    private StaffSession(int port) {
        this.base = "http://localhost:" + port;
    }

    public static StaffSession anonymous(int port) {
        return new StaffSession(port);
    }

    /** As if from this client address behind the (trusted, local) proxy: the sign-in throttle counts per address. */
    StaffSession from(String address) {
        this.forwardedFor = address;
        return this;
    }

    /** Signed in through the sign-in page, as a person would; demo users' passwords are their user names. */
    public static StaffSession signedIn(int port, String user) {
        StaffSession session = new StaffSession(port);
        Page signedIn = session.submit("/complaints/sign-in", "/complaints/sign-in",
                List.of(Map.entry("username", user), Map.entry("password", user)));
        if (signedIn.status() != 302 || signedIn.location().contains("error")) {
            throw new IllegalStateException("could not sign in as " + user + ": " + signedIn);
        }
        return session;
    }

    public Page get(String path) {
        return send(request(path).GET().build());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        return forwardedFor == null ? request : request.header("X-Forwarded-For", forwardedFor);
    }

    /** Opens {@code formPage}, then posts {@code fields} to {@code action} with that page's CSRF token. */
    public Page submit(String formPage, String action, List<Map.Entry<String, String>> fields) {
        Matcher token = CSRF.matcher(get(formPage).body());
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        if (token.find()) {
            all.add(Map.entry("_csrf", token.group(1)));
        }
        return post(action, all);
    }

    /** Opens {@code formPage}, then posts one file as a browser's file upload does, with that page's CSRF token. */
    Page upload(String formPage, String action, String field, String fileName, byte[] content) {
        Matcher token = CSRF.matcher(get(formPage).body());
        String boundary = "----redress" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        String head = (token.find() ? "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + token.group(1) + "\r\n" : "") + "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + field + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(action).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    public Page post(String path, List<Map.Entry<String, String>> fields) {
        String body = fields.stream().map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Follows one redirect the application answered with. */
    Page follow(Page redirect) {
        return get(URI.create(base).resolve(redirect.location()).getRawPath()
                + (URI.create(redirect.location()).getRawQuery() == null ? "" : "?" + URI.create(redirect.location()).getRawQuery()));
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.body(),
                    response.headers().firstValue("Location").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
