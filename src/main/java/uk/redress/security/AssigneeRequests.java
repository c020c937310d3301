package uk.redress.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Who a task is handed to, as asked on either REST door. Tasklist's assignee box sends what was typed, so an
 * emptied box arrives as {@code ""}: the engine would store that as the assignee, and the task would belong to
 * nobody the team can see while no longer being the team's. An empty assignee means "back to the team" (unclaim);
 * a claim must name someone. Who may be named is the engine's rule (Redress's task authorization provider refuses
 * an unknown user, or one outside the task's team, with a 400 naming them).
 */
final class AssigneeRequests {

    private static final Pattern ASSIGNING = Pattern.compile("^/task/[^/]+/(assignee|claim)$");
    private static final byte[] UNCLAIM = "{\"userId\":null}".getBytes(StandardCharsets.UTF_8);

    private final ObjectMapper json = new ObjectMapper();

    /** The outcome for one request: the request to pass on, or why it is refused. */
    record Outcome(HttpServletRequest request, Optional<String> refusal) {
    }

    static boolean concerns(String method, String path) {
        return method.equals("POST") && ASSIGNING.matcher(path).matches();
    }

    Outcome check(HttpServletRequest request, String path) throws IOException {
        CachedBodyRequest body = CachedBodyRequest.of(request);
        JsonNode userId;
        try {
            JsonNode parsed = body.body().length == 0 ? json.createObjectNode() : json.readTree(body.body());
            userId = parsed == null ? null : parsed.get("userId");
        } catch (IOException e) {
            return new Outcome(body, Optional.of("The request is not JSON: send {\"userId\": \"...\"}"));
        }
        boolean empty = userId == null || userId.isNull() || userId.isTextual() && userId.asText().isBlank();
        if (!empty) {
            return new Outcome(body, Optional.empty());
        }
        if (path.endsWith("/claim")) {
            return new Outcome(body, Optional.of("A claim names the person taking the task: userId is empty"));
        }
        return new Outcome(body.withBody(UNCLAIM), Optional.empty());
    }
}
