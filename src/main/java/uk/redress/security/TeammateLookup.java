package uk.redress.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import uk.redress.engine.EngineCallers.Caller;

/**
 * Tasklist checks a name typed in the assignee box by looking the user up ({@code GET /user?id=...}) before it hands
 * the task over. Staff may read no other user in the engine (that would show every council's staff to everyone), so
 * every colleague looked "unknown". This answers that one look-up for staff: the user, if they share a group with
 * the caller; else nobody. Whether they may be given the task is still the engine's rule.
 */
final class TeammateLookup {

    private final IdentityService identityService;
    private final ObjectMapper json = new ObjectMapper();

    TeammateLookup(IdentityService identityService) {
        this.identityService = identityService;
    }

    static boolean concerns(String method, String path, Map<String, String[]> parameters) {
        return method.equals("GET") && path.equals("/user") && parameters.containsKey("id");
    }

    void answer(Caller caller, String userId, HttpServletResponse response) throws IOException {
        List<User> found = caller.groupIds().isEmpty() || userId == null || userId.isBlank() ? List.of()
                : identityService.createUserQuery().userId(userId).list().stream()
                .filter(user -> caller.groupIds().stream().anyMatch(group ->
                        identityService.createUserQuery().userId(user.getId()).memberOfGroup(group).count() > 0))
                .toList();
        List<Map<String, String>> users = found.stream().map(user -> {
            Map<String, String> shown = new LinkedHashMap<>();
            shown.put("id", user.getId());
            shown.put("firstName", user.getFirstName());
            shown.put("lastName", user.getLastName());
            return shown;
        }).toList();
        response.setStatus(200);
        response.setContentType("application/json");
        json.writeValue(response.getOutputStream(), users);
    }
}
