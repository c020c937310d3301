package uk.redress.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import uk.redress.notification.Correspondence;
import uk.redress.notification.Route;

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
        assertThat(c.dueOn("suitability-decision")).isEqualTo(day("2027-01-04"));
        c.complete("Task_DecideSuitability", Map.of("statutory", "yes", "suitabilityReasons", "Parent"));
        assertThat(c.running("suitability-decision")).isEmpty();
        BpmnAwareTests.assertThat(c.task("Task_Respond")).hasCandidateGroup("leicestershire-childrens-team-managers");
    }

    @Test
    void stage1Extension_needsTheComplainantsAgreementAndAnAllowedGround() {
        // seed 003 guidance 3: "with the agreement of the complainant due to either the complexity of the case or if
        // key staff members are on annual leave"
        ComplaintScenario c = statutory();
        clockAt(day("2027-01-06"));
        Map<String, Object> withoutAgreement = new java.util.HashMap<>(extendTo("2027-01-18"));
        withoutAgreement.put("extensionReason", "The Team Manager is on leave until 11 January");
        withoutAgreement.put("extensionGround", "staffOnLeave");
        assertThatThrownBy(() -> c.complete("Task_Respond", withoutAgreement)).hasMessageContaining("agreement");
        Map<String, Object> otherGround = new java.util.HashMap<>(withoutAgreement);
        otherGround.put("extensionAgreed", true);
        otherGround.put("extensionGround", "workload");
        assertThatThrownBy(() -> c.complete("Task_Respond", otherGround)).hasMessageContaining("complexity");
        assertThat(c.dueOn("stage1-response")).isEqualTo(day("2027-01-11"));

        Map<String, Object> agreed = new java.util.HashMap<>(otherGround);
        agreed.put("extensionGround", "staffOnLeave");
        c.complete("Task_Respond", agreed);
        assertThat(c.dueOn("stage1-response")).isEqualTo(day("2027-01-18"));
        assertThat(letter(c, "extension").getBody()).contains("The Team Manager is on leave until 11 January")
                .contains("Monday 18 January 2027");
    }

    @Test
    void askingForInformationAtStage1_doesNotStopTheClock_soThe20WorkingDayMaximumHolds() {
        // only Harborough stops the clock (002 9.27); the statutory stage 1 runs on while the council waits
        ComplaintScenario c = statutory();
        clockAt(day("2027-01-04"));
        c.complete("Task_Respond", requestInformation());
        assertThat(c.running("stage1-response")).get().matches(d -> d.getState() == uk.redress.deadline.DeadlineState.OPEN);
        clockAt(day("2027-01-08"));
        c.complete("Task_AwaitInformation", Map.of("informationReceived", "The dates"));
        assertThat(c.dueOn("stage1-response")).isEqualTo(day("2027-01-11"));
    }

    @Test
    void excludingAtTheResponseStep_isRefusedWhereTheProcedureDoesNotProvideForIt() {
        ComplaintScenario c = statutory();
        assertThatThrownBy(() -> c.complete("Task_Respond", Map.of("responseAction", "exclude",
                "screeningReason", "No"))).hasMessageContaining("does not exclude a complaint at this step");
        assertThat(c.hasTask("Task_Respond")).isTrue();
    }

    @Test
    void stage2_theComplainantIsToldWhenTheInvestigatorsAreAppointed() {
        // seed 003 stage 2 guidance 1
        ComplaintScenario c = atStage2();
        assertThat(letter(c, "investigators-appointed").getBody()).contains("Independent Person, I. Person,")
                .contains("will contact you directly to agree");
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
    void reissuedToTheHeadOfService_andMissingDay30_escalatesToStage2Immediately() {
        // seed 003 guidance 8: re-issued to the Head of Service; any further delay escalates immediately to stage 2
        ComplaintScenario c = statutory();
        clockAt(day("2027-01-25"), JUST_AFTER_MIDNIGHT);
        runDueJobs(c.reference());
        c.complete("Task_OfferStage2OrMoreTime", Map.of("complainantAgreesToWait", "yes"));
        BpmnAwareTests.assertThat(c.task("Task_Respond")).hasCandidateGroup("leicestershire-childrens-heads-of-service");
        clockAt(day("2027-02-02"), JUST_AFTER_MIDNIGHT);
        runDueJobs(c.reference());
        c.complete("Task_CheckOnTrack", Map.of("onTrack", "yes"));

        firesOnlyAfter(c, "2027-02-08");
        assertThat(c.record().getStage()).isEqualTo("stage2");
        assertThat(c.hasTask("Task_Respond")).isFalse();
        assertThat(c.running("stage1-response")).isEmpty();
        assertThat(c.hasTask("Task_AppointInvestigators")).isTrue();
    }

    @Test
    void day30Passing_beforeTheOnTrackCheckIsDone_escalatesToStage2Too() {
        ComplaintScenario c = statutory();
        clockAt(day("2027-01-25"), JUST_AFTER_MIDNIGHT);
        runDueJobs(c.reference());
        c.complete("Task_OfferStage2OrMoreTime", Map.of("complainantAgreesToWait", "yes"));
        clockAt(day("2027-02-02"), JUST_AFTER_MIDNIGHT);
        runDueJobs(c.reference());
        assertThat(c.hasTask("Task_CheckOnTrack")).isTrue();

        firesOnlyAfter(c, "2027-02-08");
        assertThat(c.record().getStage()).isEqualTo("stage2");
        assertThat(c.hasTask("Task_CheckOnTrack")).isFalse();
        assertThat(c.hasTask("Task_AppointInvestigators")).isTrue();
    }

    @Test
    void meetingProposedInTheResponse_isHeldWithinTwoWeeks() {
        ComplaintScenario c = statutory();
        clockAt(day("2027-01-08"));
        java.util.Map<String, Object> answer = respond();
        answer.put("meetingProposed", true);
        c.complete("Task_Respond", answer);

        // the Team Manager's response goes from Redress as soon as stage 1 is answered, before the meeting
        assertThat(letter(c, "stage-response").getBody())
                .contains("We have looked into your complaint and put things right.").contains("next stage");
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
        assertThat(processEngine.getTaskService().getVariable(c.task("Task_Adjudicate").getId(), "responseText"))
                .as("the stage 1 response is not offered as the stage 2 one").isNull();
        c.complete("Task_Adjudicate", Map.of("adjudication", "Findings accepted", "adjudicationAction", "respond",
                "responseText", "We accept the independent report's findings; the report is enclosed."));
        assertThat(c.dueOn("escalation-window")).isEqualTo(day("2027-04-22"));
        // the department's response goes from Redress by email, with the 30 days to ask for a panel
        List<Correspondence> responses = lettersTo(c, "stage-response");
        assertThat(responses).hasSize(2);
        assertThat(responses.get(1).getBody()).contains("We accept the independent report's findings")
                .contains("22 April 2027");
        assertThat(lettersTo(c, "right-to-escalate")).hasSize(1);

        escalate(c, "2027-04-01");
        assertThat(c.record().getStage()).isEqualTo("stage3");
        assertThat(c.dueOn("stage3-panel")).isEqualTo(day("2027-05-14"));
        c.complete("Task_HoldPanel", Map.of("panelHeldOn", "2027-05-10", "panelMembers", "Independent chair and two"));
        c.complete("Task_WritePanelReport", Map.of("panelRecommendations", "Apologise"));
        c.complete("Task_RespondToPanel", Map.of("panelResponse", "Accepted", "panelAction", "respond",
                "responseText", "We accept the panel's recommendation and apologise."));
        assertThat(letter(c, "final-response").getBody())
                .contains("We accept the panel's recommendation and apologise.").contains("Ombudsman");
        assertThat(lettersTo(c, "ombudsman-signpost")).isEmpty();
        assertThat(c.record().getOutcome()).isEqualTo("responded-stage3");
    }

    @Test
    void noPanelRequestWithin30Days_closesAfterStage2() {
        ComplaintScenario c = atStage2();
        clockAt(day("2027-03-01"));
        c.complete("Task_Respond", respond());
        clockAt(day("2027-03-10"));
        postOnly(c);
        c.complete("Task_Adjudicate", Map.of("adjudication", "Findings accepted", "adjudicationAction", "respond",
                "responseText", "We accept the findings."));

        // posted by Redress (the post room's second class) Wednesday 10 March, deemed received Monday 15 March
        // (third working day): 30 days to 14 April
        assertThat(lettersTo(c, "stage-response").get(1).getRoute()).isEqualTo(Route.POST);
        assertThat(c.dueOn("escalation-window")).isEqualTo(day("2027-04-14"));
        assertThat(firesOnlyAfter(c, "2027-04-14")).isEqualTo(1);
        assertThat(c.record().getOutcome()).isEqualTo("responded-stage2");
    }
}
