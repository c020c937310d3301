package uk.redress.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.junit.jupiter.api.Test;

/**
 * Leicestershire children's social care statutory complaints (seed 003). Received Wednesday 23 December 2026:
 * working day 7 is 6 January, 10 is 11 January, 17 is 20 January, 20 is 25 January, 26 is 2 February and 30 is
 * 8 February 2027. Ladder timers fire at the start of their working day.
 */
class LeicestershireChildrensStatutoryProcessTest extends ProcedureProcessTest {

    @Override
    String firstTask() {
        return "Task_DecideSuitability";
    }

    @Override
    String procedure() {
        return "leicestershire-childrens-statutory";
    }

    private ComplaintScenario statutory() {
        ComplaintScenario c = receive("2026-12-23");
        c.complete("Task_DecideSuitability", Map.of("statutory", "yes", "suitabilityReasons", "Parent, about a child in need"));
        return c;
    }

    private ComplaintScenario answeredAtStage1() {
        ComplaintScenario c = statutory();
        clockAt(day("2027-01-08"));
        c.complete("Task_Respond", respond());
        return c;
    }

    private ComplaintScenario atStage2() {
        ComplaintScenario c = answeredAtStage1();
        escalate(c, "2027-01-20");
        c.complete("Task_ExploreLocalResolution", Map.of("localResolution", "notResolved", "localResolutionNotes", "Declined"));
        c.complete("Task_AppointInvestigators", Map.of("investigatingOfficer", "leicestershire-independent-investigators",
                "independentPerson", "I. Person"));
        return c;
    }

    @Test
    void intake_stage1IsDueIn10WorkingDays_suitabilityDecidedIn5() {
        ComplaintScenario c = receive("2026-12-23");

        assertThat(c.record().getStage()).isEqualTo("stage1");
        assertThat(c.dueOn("stage1-response")).isEqualTo(day("2027-01-11"));
        assertThat(c.task("Task_DecideSuitability").getDueDate()).isEqualTo(endOf(day("2027-01-04")));
        BpmnAwareTests.assertThat(c.task("Task_Respond")).hasCandidateGroup("leicestershire-childrens-team-managers");
    }

    @Test
    void notAStatutoryComplaint_endsStage1AndIsRedirected() {
        ComplaintScenario c = receive("2026-12-23");
        c.complete("Task_DecideSuitability", Map.of("statutory", "no", "suitabilityReasons", "About school transport"));

        assertThat(c.ended()).isTrue();
        assertThat(c.record().getOutcome()).isEqualTo("not-statutory");
        assertThat(c.running("stage1-response")).isEmpty();
    }

    @Test
    void chaseLadder_day7_day17_day20_thenTenMoreDays_checkedOnDay26_andEscalatedWhenOffTrack() {
        ComplaintScenario c = statutory();

        assertThat(firesOnlyAfter(c, "2027-01-05")).isEqualTo(1);
        assertThat(c.task("Task_ChaseTeamManager").getDueDate()).isEqualTo(endOf(day("2027-01-06")));
        c.complete("Task_ChaseTeamManager", Map.of("chaseNotes", "Team Manager drafting"));

        assertThat(firesOnlyAfter(c, "2027-01-11")).as("stage 1 breach").isEqualTo(1);
        assertThat(c.running("stage1-response")).get().matches(d -> d.isBreached());

        assertThat(firesOnlyAfter(c, "2027-01-19")).isEqualTo(1);
        assertThat(c.task("Task_AskHeadOfService").getDueDate()).isEqualTo(endOf(day("2027-01-20")));
        c.complete("Task_AskHeadOfService", Map.of("chaseNotes", "Head of Service will intervene"));

        assertThat(firesOnlyAfter(c, "2027-01-24")).isEqualTo(1);
        c.complete("Task_OfferStage2OrMoreTime", Map.of("complainantAgreesToWait", "yes"));
        assertThat(c.dueOn("stage1-response")).isEqualTo(day("2027-02-08"));
        assertThat(c.task("Task_Respond").getDueDate()).as("the task follows its clock").isEqualTo(endOf(day("2027-02-08")));

        assertThat(firesOnlyAfter(c, "2027-02-01")).isEqualTo(1);
        c.complete("Task_CheckOnTrack", Map.of("onTrack", "no"));

        assertThat(c.record().getStage()).isEqualTo("stage2");
        assertThat(c.hasTask("Task_Respond")).isFalse();
        assertThat(c.running("stage1-response")).isEmpty();
        assertThat(c.hasTask("Task_AppointInvestigators")).isTrue();
    }

    @Test
    void day20_complainantWantsStage2Now() {
        ComplaintScenario c = statutory();
        clockAt(day("2027-01-25"), JUST_AFTER_MIDNIGHT);
        runDueJobs(c.reference());
        c.complete("Task_OfferStage2OrMoreTime", Map.of("complainantAgreesToWait", "no"));

        assertThat(c.openTasks()).containsExactly(
                "Task_AppointInvestigators (Appoint the Independent Investigator and the Independent Person)");
    }

    @Test
    void responseOnTrackAtDay26_stage1Continues() {
        ComplaintScenario c = statutory();
        clockAt(day("2027-01-25"), JUST_AFTER_MIDNIGHT);
        runDueJobs(c.reference());
        c.complete("Task_OfferStage2OrMoreTime", Map.of("complainantAgreesToWait", "yes"));
        clockAt(day("2027-02-02"), JUST_AFTER_MIDNIGHT);
        runDueJobs(c.reference());
        c.complete("Task_CheckOnTrack", Map.of("onTrack", "yes"));

        assertThat(c.hasTask("Task_Respond")).isTrue();
        c.complete("Task_Respond", respond());
        assertThat(c.openTasks()).isEmpty();
        assertThat(c.dueOn("escalation-window")).isEqualTo(day("2027-03-02"));
    }

    @Test
    void meetingProposedInTheResponse_isHeldWithinTwoWeeks() {
        ComplaintScenario c = statutory();
        clockAt(day("2027-01-08"));
        java.util.Map<String, Object> answer = respond();
        answer.put("meetingProposed", true);
        c.complete("Task_Respond", answer);

        assertThat(c.task("Task_HoldMeeting").getDueDate()).isEqualTo(endOf(day("2027-01-22")));
        c.complete("Task_HoldMeeting", Map.of("meetingActions", "Plan reviewed", "meetingOutcome", "upheld"));
        assertThat(c.dueOn("escalation-window")).isEqualTo(day("2027-02-05"));
    }

    @Test
    void stage2Request_isFirstOfferedLocalResolution_within5WorkingDays() {
        ComplaintScenario c = answeredAtStage1();
        escalate(c, "2027-01-20");

        assertThat(c.task("Task_ExploreLocalResolution").getDueDate()).isEqualTo(endOf(day("2027-01-27")));
        c.complete("Task_ExploreLocalResolution", Map.of("localResolution", "resolved", "localResolutionNotes", "Agreed"));
        assertThat(c.record().getOutcome()).isEqualTo("resolved-locally");
    }

    @Test
    void noStage2Request_closesAfterTheWindow() {
        ComplaintScenario c = answeredAtStage1();
        assertThat(firesOnlyAfter(c, "2027-02-05")).isEqualTo(1);
        assertThat(c.record().getOutcome()).isEqualTo("responded-stage1");
    }

    @Autowired
    TestRestTemplate http;

    private JsonNode engineRest(String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, user);
        ResponseEntity<JsonNode> response = http.exchange("/engine-rest" + path, HttpMethod.GET,
                new HttpEntity<>(headers), JsonNode.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(path + " as " + user).isTrue();
        return response.getBody();
    }

    @Test
    void independentInvestigators_seeOnlyTheComplaintsTheyAreAppointedTo() {
        String investigator = "ii-" + System.nanoTime();
        IdentityService identity = processEngine.getIdentityService();
        User user = identity.newUser(investigator);
        user.setPassword(investigator);
        user.setEmail(investigator + "@redress.invalid");
        identity.saveUser(user);
        identity.createMembership(investigator, "leicestershire-independent-investigators");
        ComplaintScenario someoneElses = atStage2();
        ComplaintScenario mine = answeredAtStage1();
        escalate(mine, "2027-01-20");
        mine.complete("Task_ExploreLocalResolution", Map.of("localResolution", "notResolved",
                "localResolutionNotes", "Declined"));

        // the group alone gives nothing: not the complaints, not the tasks, not even the one awaiting appointment
        assertThat(engineRest(investigator, "/task")).isEmpty();
        assertThat(engineRest(investigator, "/process-instance?businessKey=" + mine.reference())).isEmpty();
        assertThat(engineRest("leicestershire-independent-investigators",
                "/process-instance?businessKey=" + someoneElses.reference())).as("appointed elsewhere only")
                .hasSize(1);

        assertThatThrownBy(() -> mine.complete("Task_AppointInvestigators", Map.of("investigatingOfficer",
                "nobody-by-that-name", "independentPerson", "I. Person")))
                .hasMessageContaining("There is no Redress user 'nobody-by-that-name'");
        assertThatThrownBy(() -> mine.complete("Task_AppointInvestigators", Map.of("investigatingOfficer",
                "warwickshire-service-officers", "independentPerson", "I. Person")))
                .as("another council's officer").hasMessageContaining("cannot be appointed to this complaint");
        // as the complaints team completes it in Tasklist: signed in to the engine, so the assignee rules apply
        identity.setAuthentication("leicestershire-childrens-complaints", List.of("leicestershire-childrens-complaints"));
        try {
            mine.complete("Task_AppointInvestigators", Map.of("investigatingOfficer", investigator,
                    "independentPerson", "I. Person"));
        } finally {
            identity.clearAuthentication();
        }

        JsonNode tasks = engineRest(investigator, "/task");
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).get("name").asText()).isEqualTo("Investigate and write the independent report");
        assertThat(tasks.get(0).get("processInstanceId").asText())
                .isEqualTo(mine.task("Task_Respond").getProcessInstanceId());
        assertThat(engineRest(investigator, "/process-instance?businessKey=" + mine.reference())).hasSize(1);
        assertThat(engineRest(investigator, "/process-instance?businessKey=" + someoneElses.reference())).isEmpty();
        assertThat(engineRest(investigator, "/task?processInstanceBusinessKey=" + someoneElses.reference()))
                .isEmpty();
        assertThat(processEngine.getTaskService().getIdentityLinksForTask(mine.task("Task_Respond").getId()))
                .as("the complaints team may reassign it").anySatisfy(link -> {
                    assertThat(link.getType()).isEqualTo("candidate");
                    assertThat(link.getGroupId()).isEqualTo("leicestershire-childrens-complaints");
                });
    }

    @Test
    void stage2_investigationIn65_adjudicationIn15WorkingDays_thenThePanel() {
        ComplaintScenario c = atStage2();

        assertThat(c.record().getStage()).isEqualTo("stage2");
        assertThat(c.dueOn("stage2-response")).isEqualTo(day("2027-04-23"));
        assertThat(c.task("Task_Respond").getAssignee()).isEqualTo("leicestershire-independent-investigators");
        clockAt(day("2027-03-01"));
        c.complete("Task_Respond", respond());

        assertThat(c.dueOn("stage2-response")).isEqualTo(day("2027-03-22"));
        BpmnAwareTests.assertThat(c.task("Task_Adjudicate")).hasCandidateGroup("leicestershire-childrens-heads-of-service");
        assertThat(firesOnlyAfter(c, "2027-03-22")).isEqualTo(1);
        c.complete("Task_Adjudicate", Map.of("adjudication", "Findings accepted", "panelRightExplained", true));
        assertThat(c.dueOn("escalation-window")).isEqualTo(day("2027-04-22"));

        escalate(c, "2027-04-01");
        assertThat(c.record().getStage()).isEqualTo("stage3");
        assertThat(c.dueOn("stage3-panel")).isEqualTo(day("2027-05-14"));
        c.complete("Task_HoldPanel", Map.of("panelHeldOn", "2027-05-10", "panelMembers", "Independent chair and two"));
        c.complete("Task_WritePanelReport", Map.of("panelRecommendations", "Apologise"));
        c.complete("Task_RespondToPanel", Map.of("panelResponse", "Accepted", "ombudsmanSignposted", true));
        assertThat(c.record().getOutcome()).isEqualTo("responded-stage3");
    }

    @Test
    void noPanelRequestWithin30Days_closesAfterStage2() {
        ComplaintScenario c = atStage2();
        clockAt(day("2027-03-01"));
        c.complete("Task_Respond", respond());
        clockAt(day("2027-03-10"));
        c.complete("Task_Adjudicate", Map.of("adjudication", "Findings accepted", "panelRightExplained", true));

        assertThat(firesOnlyAfter(c, "2027-04-09")).isEqualTo(1);
        assertThat(c.record().getOutcome()).isEqualTo("responded-stage2");
    }
}
