package uk.redress.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;

/**
 * The county council's two-stage corporate procedure (seed 001): early resolution by the end of the next working
 * day, acknowledgement in 3 working days at both stages, stage 1 10 (max 20), stage 2 20 working days.
 * Received Wednesday 23 December 2026.
 */
class CountyCorporateTwoStageProcessTest extends ProcedureProcessTest {

    @Override
    String firstTask() {
        return "Task_TryEarlyResolution";
    }

    @Override
    String procedure() {
        return "county-corporate-two-stage";
    }

    private ComplaintScenario atStage1() {
        ComplaintScenario c = receive("2026-12-23");
        clockAt(day("2026-12-24"));
        c.complete("Task_TryEarlyResolution", Map.of("earlyOutcome", "notResolved", "earlyResolutionNotes", "Needs the manager"));
        return c;
    }

    private void acknowledge(ComplaintScenario c, String taskKey) {
        c.complete(taskKey, Map.of());
    }

    @Test
    void intake_opensAcknowledgementIn3AndStage1In10WorkingDays() {
        ComplaintScenario c = receive("2026-12-23");

        assertThat(c.record().getReference()).matches("CCC-2026-\\d{6}");
        assertThat(c.dueOn("acknowledgement")).isEqualTo(day("2026-12-30"));
        assertThat(c.dueOn("stage1-response")).isEqualTo(day("2027-01-11"));
        assertThat(c.task("Task_TryEarlyResolution").getDueDate()).isEqualTo(endOf(day("2026-12-24")));
        assertThat(c.dueOn("early-resolution")).isEqualTo(day("2026-12-24"));
    }

    @Test
    void resolvedByTheEndOfTheNextWorkingDay_isNotRecordedAsAComplaint() {
        ComplaintScenario c = receive("2026-12-23");
        c.complete("Task_TryEarlyResolution", Map.of("earlyOutcome", "resolved", "earlyResolutionNotes", "Fixed"));

        assertThat(c.ended()).isTrue();
        assertThat(c.record().getOutcome()).isEqualTo("resolved-early");
        assertThat(c.running("stage1-response")).isEmpty();
        assertThat(c.running("acknowledgement")).isEmpty();
    }

    @Test
    void notResolvedByTheEndOfTheNextWorkingDay_becomesAStage1Complaint() {
        ComplaintScenario c = receive("2026-12-23");

        assertThat(firesOnlyAfter(c, "2026-12-24")).isEqualTo(1);
        assertThat(c.running("early-resolution")).isEmpty();
        assertThat(c.task("Task_ClassifyComplaint").getDueDate()).isEqualTo(endOf(day("2026-12-30")));
        c.complete("Task_ClassifyComplaint", Map.of("earlyOutcome", "notResolved", "earlyResolutionNotes", "A complaint"));
        assertThat(c.hasTask("Task_AcknowledgeStage1")).isTrue();
        BpmnAwareTests.assertThat(c.task("Task_Respond")).hasCandidateGroup("county-service-managers");
        assertThat(c.task("Task_Respond").getDueDate()).isEqualTo(endOf(day("2027-01-11")));
    }

    @Test
    void aMatterNotPreviouslyNotified_mayBeExcludedAtEarlyResolution_withTheReasonInTheLetter() {
        // seed 001 (matters not previously notified): dealt with as a fault report or service request
        ComplaintScenario c = receive("2026-12-23");
        c.complete("Task_TryEarlyResolution", Map.of("earlyOutcome", "exclude",
                "screeningReason", "The pothole had not been reported before: it is now booked for repair"));
        assertThat(c.ended()).isTrue();
        assertThat(c.record().getOutcome()).isEqualTo("excluded");
        assertThat(c.running("stage1-response")).isEmpty();
        assertThat(letter(c, "exclusion").getBody()).contains("pothole had not been reported before");
    }

    @Test
    void theEarlyResolutionTimer_doesNotTakeAwayTheDataBreachAndInformationRoutes() {
        // seed 001: data breaches and information-request reviews are not handled as complaints, however late
        ComplaintScenario breach = receive("2026-12-23");
        assertThat(firesOnlyAfter(breach, "2026-12-24")).isEqualTo(1);
        assertThat(breach.hasTask("Task_Respond")).isFalse();
        breach.complete("Task_ClassifyComplaint", Map.of("earlyOutcome", "dataBreach", "earlyResolutionNotes", "Email sent to the wrong person"));
        BpmnAwareTests.assertThat(breach.task("Task_InvestigateDataBreach")).hasCandidateGroup("county-data-protection");

        ComplaintScenario review = receive("2026-12-23");
        firesOnlyAfter(review, "2026-12-24");
        review.complete("Task_ClassifyComplaint", Map.of("earlyOutcome", "informationRequestReview", "earlyResolutionNotes", "FOI refused"));
        assertThat(review.hasTask("Task_ReviewInformationRequest")).isTrue();

        ComplaintScenario director = receive("2026-12-23");
        firesOnlyAfter(director, "2026-12-24");
        director.complete("Task_ClassifyComplaint", Map.of("earlyOutcome", "priorDirectorCorrespondence",
                "earlyResolutionNotes", "Wrote to the Director in November"));
        assertThat(director.running("stage1-response")).isEmpty();
        assertThat(director.running("stage2-response")).isPresent();
    }

    @Test
    void acknowledgementOverdue_isRecordedAfterWorkingDay3_andClosedWhenSent() {
        ComplaintScenario c = atStage1();

        assertThat(firesOnlyAfter(c, "2026-12-30")).isEqualTo(1);
        assertThat(c.running("acknowledgement")).get().matches(d -> d.isBreached());
        acknowledge(c, "Task_AcknowledgeStage1");
        assertThat(c.running("acknowledgement")).isEmpty();
    }

    @Test
    void stage1_cannotBeExtendedPast20WorkingDays() {
        ComplaintScenario c = atStage1();
        assertThatThrownBy(() -> c.complete("Task_Respond", extendTo("2027-01-26")))
                .hasMessageContaining("maximum of 20 working days (2027-01-25)");
        c.complete("Task_Respond", extendTo("2027-01-25"));
        assertThat(c.dueOn("stage1-response")).isEqualTo(day("2027-01-25"));
    }

    @Test
    void stage2_acknowledgedIn3_reviewedIn20WorkingDays_sharedWithDirectorAndChiefExecutive() {
        ComplaintScenario c = atStage1();
        acknowledge(c, "Task_AcknowledgeStage1");
        clockAt(day("2027-01-08"));
        c.complete("Task_Respond", respond());
        assertThat(c.dueOn("escalation-window")).isEqualTo(day("2028-01-08"));
        // the officer's response goes from Redress, with the right to ask for stage 2
        assertThat(letter(c, "stage-response").getBody())
                .contains("We have looked into your complaint and put things right.").contains("next stage");
        assertThat(lettersTo(c, "right-to-escalate")).isEmpty();

        escalate(c, "2027-02-01");
        assertThat(c.record().getStage()).isEqualTo("stage2");
        assertThat(c.dueOn("acknowledgement")).isEqualTo(day("2027-02-04"));
        assertThat(c.dueOn("stage2-response")).isEqualTo(day("2027-03-01"));
        BpmnAwareTests.assertThat(c.task("Task_Respond")).hasCandidateGroup("county-independent-reviewers");
        assertThat(firesOnlyAfter(c, "2027-02-04")).isEqualTo(1);

        acknowledge(c, "Task_AcknowledgeStage2");
        clockAt(day("2027-02-26"));
        c.complete("Task_Respond", Map.of("responseAction", "respond", "responseOutcome", "upheld",
                "responseSummary", "Review upheld", "responseText", "Our independent review upholds your complaint."));
        // sent when the reviewer completes the review, before it is shared with the Director
        assertThat(letter(c, "final-response").getBody())
                .contains("Our independent review upholds your complaint.").contains("Ombudsman");
        assertThat(c.task("Task_ShareStage2Response").getDueDate()).isEqualTo(endOf(day("2027-03-05")));
        c.complete("Task_ShareStage2Response", Map.of("sharedWithDirector", true, "passedToChiefExecutive", true));

        assertThat(c.ended()).isTrue();
        assertThat(c.record().getOutcome()).isEqualTo("responded-stage2");
        assertThat(lettersTo(c, "ombudsman-signpost")).isEmpty();
    }

    @Test
    void noStage2RequestWithinTwelveMonths_closesTheComplaint() {
        ComplaintScenario c = atStage1();
        acknowledge(c, "Task_AcknowledgeStage1");
        clockAt(day("2027-01-08"));
        c.complete("Task_Respond", respond());

        assertThat(firesOnlyAfter(c, "2028-01-08")).isEqualTo(1);
        assertThat(c.record().getOutcome()).isEqualTo("responded-stage1");
    }

    @Test
    void priorCorrespondenceWithADirector_startsAtStage2() {
        ComplaintScenario c = receive("2026-12-23");
        c.complete("Task_TryEarlyResolution", Map.of("earlyOutcome", "priorDirectorCorrespondence",
                "earlyResolutionNotes", "Director replied in November"));

        assertThat(c.record().getStage()).isEqualTo("stage2");
        assertThat(c.running("stage1-response")).isEmpty();
        assertThat(c.dueOn("acknowledgement")).isEqualTo(day("2026-12-30"));
        assertThat(c.dueOn("stage2-response")).isEqualTo(day("2027-01-25"));
    }

    @Test
    void dataBreach_goesToTheDataProtectionTeam_finalResponseIn20Days() {
        ComplaintScenario c = receive("2026-12-23");
        c.complete("Task_TryEarlyResolution", Map.of("earlyOutcome", "dataBreach", "earlyResolutionNotes", "Letter misaddressed"));

        BpmnAwareTests.assertThat(c.task("Task_InvestigateDataBreach")).hasCandidateGroup("county-data-protection");
        assertThat(c.task("Task_InvestigateDataBreach").getDueDate()).isEqualTo(endOf(day("2027-01-12")));
        assertThat(c.running("stage1-response")).isEmpty();
        c.complete("Task_InvestigateDataBreach", Map.of("dataBreachFindings", "Breach confirmed", "commissionerSignposted", true));
        assertThat(c.record().getOutcome()).isEqualTo("data-breach-responded");
    }

    @Test
    void informationRequestComplaint_isReviewedThenSignpostedToTheCommissioner() {
        ComplaintScenario c = receive("2026-12-23");
        c.complete("Task_TryEarlyResolution", Map.of("earlyOutcome", "informationRequestReview",
                "earlyResolutionNotes", "FOI refusal disputed"));

        BpmnAwareTests.assertThat(c.task("Task_ReviewInformationRequest")).hasCandidateGroup("county-information-governance");
        assertThat(c.task("Task_ReviewInformationRequest").getDueDate()).isEqualTo(endOf(day("2027-01-25")));
        c.complete("Task_ReviewInformationRequest", Map.of("reviewFindings", "Upheld", "commissionerSignposted", true));
        assertThat(c.record().getOutcome()).isEqualTo("information-review-responded");
    }
}
