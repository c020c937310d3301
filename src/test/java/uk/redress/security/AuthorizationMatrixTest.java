package uk.redress.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.redress.RedressSpringTest;

/**
 * Every demo team against every procedure, through the REST APIs: a team may read a procedure's complaints,
 * see their tasks and record new ones only where the procedure's diagram names it; everyone else sees nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest extends RedressSpringTest {

    private static final Map<String, Set<String>> TEAMS = Map.of(
            "harborough-corporate", Set.of("harborough-service-officers", "harborough-complaints-officers",
                    "harborough-service-managers", "harborough-directors"),
            "county-corporate-two-stage", Set.of("county-customer-relations", "county-service-managers"),
            "leicestershire-corporate", Set.of("leicestershire-complaints-team", "leicestershire-investigating-officers"),
            "leicestershire-childrens-statutory", Set.of("leicestershire-childrens-complaints",
                    "leicestershire-childrens-team-managers"),
            "warwickshire-general", Set.of("warwickshire-service-officers", "warwickshire-customer-relations"),
            // the Customer Relations Team oversees adult social care complaints too (seed 004 section 4)
            "warwickshire-adult-social-care", Set.of("warwickshire-adult-social-care", "warwickshire-customer-relations"),
            "warwickshire-childrens-statutory", Set.of("warwickshire-childrens-services", "warwickshire-childrens-complaints"),
            "lgsco-code", Set.of("lgsco-code-complaints-team", "lgsco-code-investigating-officers",
                    "lgsco-code-reviewing-officers"));

    @Autowired
    TestRestTemplate http;

    private final Map<String, String> referenceByProcedure = new java.util.HashMap<>();

    private ResponseEntity<JsonNode> call(String user, HttpMethod method, String url, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, user);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(url, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private static Map<String, Object> complaint(String procedure) {
        return Map.of("procedure", procedure, "receivedOn", "2026-11-20", "channel", "EMAIL",
                "complainant", Map.of("name", "Matrix Tester"), "serviceArea", "Roads", "summary", "Pothole",
                "subject", procedure.contains("childrens") ? "STATUTORY_CHILDRENS_SOCIAL_CARE" : "SERVICE");
    }

    /** One complaint per procedure, made on first use (inside a test, where the coverage recorder is running). */
    private String referenceOf(String procedure) {
        return referenceByProcedure.computeIfAbsent(procedure, key -> {
            ResponseEntity<JsonNode> created = call("demo", HttpMethod.POST, "/api/complaints", complaint(key));
            assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            return created.getBody().get("reference").asText();
        });
    }

    Stream<Arguments> everyTeamAndProcedure() {
        Set<String> teams = new java.util.TreeSet<>();
        TEAMS.values().forEach(teams::addAll);
        teams.add("auditors");
        return teams.stream().flatMap(team -> TEAMS.keySet().stream().sorted().map(procedure -> Arguments.of(team, procedure)));
    }

    @ParameterizedTest(name = "{0} x {1}")
    @MethodSource("everyTeamAndProcedure")
    void aTeamSeesAndWorksOnlyItsOwnProcedures(String team, String procedure) {
        boolean own = TEAMS.get(procedure).contains(team);
        String reference = referenceOf(procedure);

        ResponseEntity<JsonNode> read = call(team, HttpMethod.GET, "/api/complaints/" + reference, null);
        boolean auditor = team.equals("auditors");
        assertThat(read.getStatusCode()).as("read").isEqualTo(own || auditor ? HttpStatus.OK : HttpStatus.NOT_FOUND);

        ResponseEntity<JsonNode> record = call(team, HttpMethod.POST, "/api/complaints", complaint(procedure));
        assertThat(record.getStatusCode()).as("record").isEqualTo(own ? HttpStatus.CREATED : HttpStatus.FORBIDDEN);
        // a complaint is recorded through Redress only: nobody starts its process by hand, own procedure or not
        ResponseEntity<JsonNode> start = call(team, HttpMethod.POST, "/engine-rest/process-definition/key/" + procedure
                + "/start", Map.of("businessKey", reference));
        assertThat(start.getStatusCode()).as("start by hand").isEqualTo(HttpStatus.FORBIDDEN);

        JsonNode tasks = call(team, HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + reference, null).getBody();
        if (!own) {
            assertThat(tasks).as("tasks of another team's procedure").isEmpty();
        }
        JsonNode instances = call(team, HttpMethod.GET,
                "/engine-rest/process-instance?businessKey=" + reference, null).getBody();
        if (auditor) {
            // auditors read everything, the shared stages a procedure called included
            assertThat(instances.size()).as("process instances").isGreaterThanOrEqualTo(1);
        } else {
            assertThat(instances.size()).as("process instances").isEqualTo(own ? 1 : 0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("firstTasks")
    void theTeamOfTheFirstTask_canCompleteIt_othersCannot(String procedure, String stranger) {
        String reference = referenceOf(procedure);
        JsonNode task = call("demo", HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + reference, null)
                .getBody().get(0);
        String id = task.get("id").asText();
        var attachment = processEngine.getTaskService().createAttachment("text/plain", id, null, "evidence.txt", null,
                new java.io.ByteArrayInputStream(new byte[] {1}));
        // what the stranger cannot see is not found, whatever they ask of it: never a 403 that confirms it exists
        for (ResponseEntity<JsonNode> refused : java.util.List.of(
                call(stranger, HttpMethod.POST, "/engine-rest/task/" + id + "/complete", Map.of("variables", Map.of())),
                call(stranger, HttpMethod.POST, "/engine-rest/task/" + id + "/claim", Map.of("userId", stranger)),
                call(stranger, HttpMethod.GET, "/engine-rest/task/" + id + "/attachment/" + attachment.getId(), null),
                call(stranger, HttpMethod.DELETE, "/engine-rest/task/" + id + "/attachment/" + attachment.getId(), null),
                call(stranger, HttpMethod.POST, "/engine-rest/task/" + id + "/comment/create", Map.of("message", "x")),
                call(stranger, HttpMethod.GET, "/engine-rest/process-instance/" + task.get("processInstanceId").asText()
                        + "/variables", null))) {
            assertThat(refused.getStatusCode().value()).as(String.valueOf(refused.getBody())).isEqualTo(404);
        }
        assertThat(processEngine.getTaskService().createTaskQuery().taskId(id).singleResult().getAssignee()).isNull();
        assertThat(processEngine.getTaskService().getTaskAttachment(id, attachment.getId())).isNotNull();
        assertThat(processEngine.getTaskService().getTaskComments(id)).isEmpty();
    }

    Stream<Arguments> firstTasks() {
        return TEAMS.keySet().stream().sorted().map(procedure -> Arguments.of(procedure,
                procedure.startsWith("warwickshire") ? "harborough-directors" : "warwickshire-service-officers"));
    }
}
