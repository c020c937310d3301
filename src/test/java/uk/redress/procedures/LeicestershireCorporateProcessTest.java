package uk.redress.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;

/**
 * Leicestershire corporate complaints (seed 000): acknowledgement in 3 working days (details in 7 after a simple
 * one), grading in a DMN table that sets the response target, misconduct hand-over, lessons learnt and a later
 * satisfaction survey. Received Wednesday 23 December 2026.
 */
class LeicestershireCorporateProcessTest extends ProcedureProcessTest {

    @Override
    String firstTask() {
        return "Task_Acknowledge";
    }

    @Override
    String procedure() {
        return "leicestershire-corporate";
    }

    private static Map<String, Object> graded(String seriousness, String likelihood, boolean misconduct) {
        Map<String, Object> v = new HashMap<>();
        v.put("acknowledgementType", "full");
        v.put("seriousness", seriousness);
        v.put("likelihood", likelihood);
        v.put("investigatingOfficer", "leicestershire-investigating-officers");
        v.put("investigatingOfficerName", "Sam Officer, Highways Manager");
        v.put("allegesMisconduct", misconduct);
        return v;
    }

    private ComplaintScenario inInvestigation() {
        ComplaintScenario c = receive("2026-12-23");
        c.complete("Task_Acknowledge", graded("moderate", "possible", false));
        return c;
    }

    @Test
    void intake_opensTheAcknowledgementClockOnly() {
        ComplaintScenario c = receive("2026-12-23");

        assertThat(c.record().getReference()).matches("LCC-2026-\\d{6}");
        assertThat(c.dueOn("acknowledgement")).isEqualTo(day("2026-12-30"));
        assertThat(c.running("stage1-response")).isEmpty();
        BpmnAwareTests.assertThat(c.task("Task_Acknowledge")).hasCandidateGroup("leicestershire-complaints-team");
        assertThat(firesOnlyAfter(c, "2026-12-30")).isEqualTo(1);
        assertThat(c.running("acknowledgement")).get().matches(d -> d.isBreached());
    }

    @Test
    void fullAcknowledgement_gradeSetsTheResponseTarget_andTheOfficerGetsTheTask() {
        ComplaintScenario c = inInvestigation();

        assertThat(c.running("acknowledgement")).isEmpty();
        // moderate x possible = 15 working days in the grading table
        assertThat(c.dueOn("stage1-response")).isEqualTo(day("2027-01-18"));
        assertThat(c.task("Task_Respond").getAssignee()).isEqualTo("leicestershire-investigating-officers");
        assertThat(firesOnlyAfter(c, "2027-01-18")).isEqualTo(1);
    }

    @Test
    void fullAcknowledgement_goesOnceGradingSetsTheClock_namingTheOfficerAndTheResponseDate() {
        // seed 000 section 9: the acknowledgement normally gives the investigating officer and the response date
        ComplaintScenario c = inInvestigation();
        assertThat(letter(c, "acknowledgement").getBody())
                .contains("investigated by Sam Officer, Highways Manager")
                .contains("by Monday 18 January 2027");
    }

    @Test
    void simpleAcknowledgement_detailsFollowWithin7WorkingDays_inALetterOfTheirOwn() {
        ComplaintScenario c = receive("2026-12-23");
        c.complete("Task_Acknowledge", Map.of("acknowledgementType", "simple"));
        assertThat(letter(c, "acknowledgement").getBody()).contains("write to you with the date")
                .doesNotContain("investigated by");

        assertThat(c.task("Task_AssessAndAllocate").getDueDate()).isEqualTo(endOf(day("2027-01-06")));
        clockAt(day("2027-01-05"));
        Map<String, Object> details = graded("low", "rare", false);
        details.remove("acknowledgementType");
        c.complete("Task_AssessAndAllocate", details);
        // low x rare is 2 working days from receipt (29 December), already past when grading sets the clock on
        // 5 January: the Assumption gives the next working day, never a date already gone
        assertThat(c.dueOn("stage1-response")).isEqualTo(day("2027-01-06"));
        assertThat(letter(c, "investigation-details").getBody())
                .contains("investigated by Sam Officer, Highways Manager")
                .contains("by Wednesday 6 January 2027");
        assertThat(correspondence.findByComplaintReferenceOrderByQueuedAtAscIdAsc(c.reference()))
                .extracting(uk.redress.notification.Correspondence::getLetter)
                .containsExactly("acknowledgement", "investigation-details");
    }

    @Test
    void theOfficerAssessingIt_mayExcludeAnUnclearOrVexatiousComplaint_withTheReasonInTheLetter() {
        // seed 000 section 13: unclear, vexatious or frivolous complaints and service requests are not considered
        ComplaintScenario c = receive("2026-12-23");
        c.complete("Task_Acknowledge", Map.of("acknowledgementType", "exclude",
                "screeningReason", "It is a request to repair a street light, which we have passed to Highways"));
        assertThat(c.ended()).isTrue();
        assertThat(c.record().getOutcome()).isEqualTo("excluded");
        assertThat(letter(c, "exclusion").getBody()).contains("request to repair a street light");
        assertThat(correspondence.findByComplaintReferenceOrderByQueuedAtAscIdAsc(c.reference()))
                .extracting(uk.redress.notification.Correspondence::getLetter).containsExactly("exclusion");
    }

    @Test
    void severeAndLikely_gets60WorkingDays() {
        ComplaintScenario c = receive("2026-12-23");
        c.complete("Task_Acknowledge", graded("severe", "likely", false));
        assertThat(c.dueOn("stage1-response")).isEqualTo(day("2027-03-22"));
    }

    @Test
    void misconduct_withADisciplinaryInvestigation_isHandedOver() {
        ComplaintScenario c = receive("2026-12-23");
        c.complete("Task_Acknowledge", graded("high", "possible", true));
        BpmnAwareTests.assertThat(c.task("Task_DecideDisciplinary")).hasCandidateGroup("leicestershire-hr");

        c.complete("Task_DecideDisciplinary", Map.of("disciplinaryInvestigation", true, "disciplinaryReasons", "Evidence"));
        assertThat(c.ended()).isTrue();
        assertThat(c.record().getOutcome()).isEqualTo("handed-to-disciplinary");
        assertThat(c.running("stage1-response")).isEmpty();
        // seed 000 section 13 b): the complainant is told in writing, naming the concurrent consideration
        assertThat(letter(c, "concurrent-consideration").getBody())
                .contains("disciplinary proceedings against a person connected with the matter")
                .contains("concurrent consideration").doesNotContain("Evidence");
    }

    @Test
    void misconduct_withoutADisciplinaryInvestigation_isInvestigatedAsAComplaint() {
        ComplaintScenario c = receive("2026-12-23");
        c.complete("Task_Acknowledge", graded("high", "possible", true));
        c.complete("Task_DecideDisciplinary", Map.of("disciplinaryInvestigation", false, "disciplinaryReasons", "No case"));
        assertThat(c.hasTask("Task_Respond")).isTrue();
    }

    @Test
    void afterTheResponse_lessonsAreReviewed_andTheSurveyInvitationFollows20WorkingDaysLater() {
        ComplaintScenario c = inInvestigation();
        clockAt(day("2027-01-11"));
        c.complete("Task_Respond", respond());

        assertThat(c.record().getStage()).isEqualTo("lessons-learnt");
        // seed 000 section 10: the Ombudsman signpost goes with the response, not after the lessons and the survey
        // the response goes from Redress: the officer's text with the Ombudsman's details
        assertThat(letter(c, "final-response").getBody())
                .contains("We have looked into your complaint and put things right.").contains("Ombudsman");
        assertThat(lettersTo(c, "ombudsman-signpost")).isEmpty();
        c.complete("Task_ReviewLessons", Map.of("lessonsLearnt", "Brief the team"));
        // working day 20 after the response is 8 February
        assertThat(firesOnlyAfter(c, "2027-02-08")).isEqualTo(1);
        assertThat(c.hasTask("Task_InviteToSurvey")).isTrue();
        c.complete("Task_InviteToSurvey", Map.of());

        assertThat(c.ended()).isTrue();
        assertThat(c.record().getOutcome()).isEqualTo("responded");
    }
}
