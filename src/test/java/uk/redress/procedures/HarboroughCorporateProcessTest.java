package uk.redress.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.redress.RedressSpringTest;
import uk.redress.complaint.Channel;
import uk.redress.complaint.ComplaintIntake;
import uk.redress.complaint.ComplaintRepository;
import uk.redress.complaint.ComplaintStatus;
import uk.redress.complaint.Escalations;
import uk.redress.deadline.DeadlineRepository;
import uk.redress.deadline.DeadlineState;
import uk.redress.problem.Conflict;

/**
 * Harborough District Council corporate complaints (seed 002). Received on Wednesday 23 December 2026, so the
 * informal and stage 1 clocks run across Christmas Day, the Boxing Day substitute (Monday 28 December) and
 * New Year's Day. Each timer is shown not to fire late on its due working day and to fire just after it.
 */
class HarboroughCorporateProcessTest extends ProcedureProcessTest {

    @Override
    String firstTask() {
        return "Task_ResolveInformally";
    }

    @Override
    String procedure() {
        return "harborough-corporate";
    }

    private ComplaintScenario receiveInformal() {
        return receive("2026-12-23", Channel.EMAIL, false);
    }

    /** A complaint via an MP logged and with its Service Manager, stage 1 due Monday 25 January 2027. */
    private ComplaintScenario atStage1() {
        ComplaintScenario c = receive("2026-12-23", Channel.MP_OR_COUNCILLOR, false);
        c.complete("Task_LogFormalComplaint", Map.of("stage1Route", "serviceManager"));
        return c;
    }

    /** Stage 1 answered on 20 January 2027 and stage 2 requested on Monday 1 February 2027. */
    private ComplaintScenario atStage2() {
        ComplaintScenario c = atStage1();
        clockAt(day("2027-01-20"));
        c.complete("Task_Respond", respond());
        escalate(c, "2027-02-01");
        return c;
    }

    @Test
    void intake_opensInformalClockDueOnWorkingDay5AcrossChristmas() {
        ComplaintScenario c = receiveInformal();

        BpmnAwareTests.assertThat(c.processInstance()).isWaitingAt("Task_ResolveInformally");
        assertThat(c.record().getReference()).matches("HDC-2026-\\d{6}");
        assertThat(c.record().getStage()).isEqualTo("informal");
        // 24 Dec (1), 29 (2), 30 (3), 31 (4), 4 Jan (5): 25, 28 Dec and 1 Jan are bank holidays
        assertThat(c.dueOn("informal-response")).isEqualTo(day("2027-01-04"));
        assertThat(c.task("Task_ResolveInformally").getDueDate()).isEqualTo(endOf(day("2027-01-04")));
        BpmnAwareTests.assertThat(c.task("Task_ResolveInformally")).hasCandidateGroup("harborough-service-officers");
    }

    @Test
    void informalNotResolvedIn5WorkingDays_isForwardedWithSummaryOnWorkingDay6() {
        ComplaintScenario c = receiveInformal();

        clockAt(day("2027-01-04"), JUST_BEFORE_MIDNIGHT);
        assertThat(runDueJobs(c.reference())).isZero();
        BpmnAwareTests.assertThat(c.processInstance()).isWaitingAt("Task_ResolveInformally");

        clockAt(day("2027-01-05"), JUST_AFTER_MIDNIGHT);
        assertThat(runDueJobs(c.reference())).isEqualTo(1);
        BpmnAwareTests.assertThat(c.processInstance()).isWaitingAt("Task_ForwardWithSummary");
        assertThat(c.latest("informal-response").isBreached()).isTrue();
        assertThat(c.latest("informal-response").getState()).isEqualTo(DeadlineState.CLOSED);

        clockAt(day("2027-01-05"), LocalTime.of(10, 0));
        c.complete("Task_ForwardWithSummary", Map.of("informalActionsSummary", "Called twice; crew re-briefed."));
        BpmnAwareTests.assertThat(c.processInstance()).isWaitingAt("Task_LogFormalComplaint");
        assertThat(c.record().getStage()).isEqualTo("stage1");
        // day 0 is the referral (5 Jan): 20 working days later is 2 February
        assertThat(c.dueOn("stage1-response")).isEqualTo(day("2027-02-02"));
    }

    @Test
    void informalNotResolvable_isReferredAtOnceAndStage1RunsFromReferral() {
        ComplaintScenario c = receiveInformal();
        clockAt(day("2026-12-24"));
        c.complete("Task_ResolveInformally", Map.of("informalOutcome", "notResolved",
                "informalActionsSummary", "Needs a Service Manager decision."));

        BpmnAwareTests.assertThat(c.processInstance()).isWaitingAt("Task_LogFormalComplaint");
        assertThat(c.running("informal-response")).isEmpty();
        assertThat(c.latest("informal-response").isBreached()).isFalse();
        // day 0 is the referral on 24 December
        assertThat(c.dueOn("stage1-response")).isEqualTo(day("2027-01-26"));
    }

    @Test
    void informalResolved_closesWhenThe90DayWindowPasses_andRefusesALateRequest() {
        ComplaintScenario c = receiveInformal();
        clockAt(day("2026-12-24"));
        c.complete("Task_ResolveInformally", Map.of("informalOutcome", "resolved",
                "informalActionsSummary", "Bin collected the same day.",
                "responseText", "We collected your bin the same day."));
        assertThat(c.dueOn("escalation-window")).isEqualTo(day("2027-03-24"));

        clockAt(day("2027-03-24"), JUST_BEFORE_MIDNIGHT);
        assertThat(runDueJobs(c.reference())).isZero();
        clockAt(day("2027-03-25"), JUST_AFTER_MIDNIGHT);
        assertThat(runDueJobs(c.reference())).isEqualTo(1);

        BpmnAwareTests.assertThat(c.processInstance()).isEnded();
        assertThat(c.record().getStatus()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(c.record().getOutcome()).isEqualTo("resolved-informally");
        assertThatThrownBy(() -> escalate(c, "2027-03-26")).isInstanceOf(Conflict.class);
    }

    @Test
    void informalResolved_thenEscalated_startsStage1FromTheRequest() {
        ComplaintScenario c = receiveInformal();
        clockAt(day("2026-12-24"));
        c.complete("Task_ResolveInformally", Map.of("informalOutcome", "resolved",
                "informalActionsSummary", "Explained the collection round.",
                "responseText", "We have explained the collection round."));

        escalate(c, "2027-01-11");

        BpmnAwareTests.assertThat(c.processInstance()).isWaitingAt("Task_LogFormalComplaint");
        assertThat(c.running("escalation-window")).isEmpty();
        assertThat(c.dueOn("stage1-response")).isEqualTo(day("2027-02-08"));
    }

    @Test
    void staffBehaviourComplaint_isLoggedByTheComplaintsOfficer_andResolvedInformallyFirst() {
        // 9.11: referred to the Information and Complaints Officer for logging, informal resolution sought first
        ComplaintScenario c = receive("2026-12-23", Channel.EMAIL, true);

        BpmnAwareTests.assertThat(c.processInstance()).isWaitingAt("Task_ResolveInformally");
        BpmnAwareTests.assertThat(c.task("Task_ResolveInformally")).hasCandidateGroup("harborough-complaints-officers");
        assertThat(c.dueOn("informal-response")).isEqualTo(day("2027-01-04"));
        assertThat(c.running("stage1-response")).isEmpty();
    }

    private ComplaintScenario receiveAnonymous() {
        clockAt(day("2026-12-23"));
        return ComplaintScenario.receive(processEngine, intake, complaints, deadlines, procedure(), day("2026-12-23"),
                Channel.ONLINE_FORM, false, day("2026-12-20"), true);
    }

    @Test
    void anonymousComplaint_withoutEvidenceOfAnExceptionallySeriousMatter_isNotProgressed() {
        // 9.6: progressed only with documentary or photographic evidence of an exceptionally serious matter
        ComplaintScenario c = receiveAnonymous();
        assertThat(c.openTasks()).containsExactly(
                "Task_DecideAnonymous (Decide whether the anonymous complaint can progress)");
        BpmnAwareTests.assertThat(c.task("Task_DecideAnonymous")).hasCandidateGroup("harborough-complaints-officers");
        assertThat(c.running("informal-response")).isEmpty();

        c.complete("Task_DecideAnonymous", Map.of("anonymousDecision", "noAction",
                "anonymousDecisionReason", "No evidence attached; a general complaint about litter"));
        assertThat(c.ended()).isTrue();
        assertThat(c.record().getOutcome()).isEqualTo("anonymous-not-progressed");
    }

    @Test
    void anonymousComplaint_withEvidenceOfAnExceptionallySeriousMatter_isProgressed() {
        ComplaintScenario c = receiveAnonymous();
        c.complete("Task_DecideAnonymous", Map.of("anonymousDecision", "progress",
                "anonymousDecisionReason", "Photographs of asbestos dumped by a council contractor"));
        BpmnAwareTests.assertThat(c.processInstance()).isWaitingAt("Task_ResolveInformally");
        assertThat(c.dueOn("informal-response")).isEqualTo(day("2027-01-04"));
    }

    @Test
    void theInformalOfficer_mayExcludeWhatThePolicyDoesNotCover_withTheReasonInTheLetter() {
        // seed 002 6.1 and 9.3: a request for action or information is not a complaint
        ComplaintScenario c = receiveInformal();
        c.complete("Task_ResolveInformally", Map.of("informalOutcome", "exclude",
                "screeningReason", "This is a first request for a bin collection, which we have booked"));
        assertThat(c.ended()).isTrue();
        assertThat(c.record().getOutcome()).isEqualTo("excluded");
        assertThat(letter(c, "exclusion").getBody()).contains("first request for a bin collection");
    }

    @Test
    void aCouncillorActingForTheComplainant_isCopiedEveryLetter() {
        // seed 002 10.1 and 11.2: a Councillor or MP acting for a constituent is kept informed and copied
        clockAt(day("2026-12-23"));
        uk.redress.complaint.Complaint complaint = intake.receive(new uk.redress.complaint.IntakeRequest(procedure(),
                day("2026-12-23"), Channel.EMAIL, new uk.redress.complaint.IntakeRequest.ComplainantDetails(
                        "Pat Constituent", "pat@example.org", null, null, false),
                "Waste and recycling", "Missed bins", null, day("2026-12-20"), false, null, null,
                new uk.redress.complaint.IntakeRequest.RepresentativeDetails("Cllr Sam Ward",
                        uk.redress.complaint.RepresentativeRole.COUNCILLOR, "cllr.ward@example.org", null, null), null));
        ComplaintScenario c = ComplaintScenario.of(processEngine, complaints, deadlines, complaint);
        clockAt(day("2026-12-24"));
        c.complete("Task_ResolveInformally", Map.of("informalOutcome", "resolved", "informalActionsSummary", "Collected",
                "responseText", "We collected it."));

        java.util.List<uk.redress.notification.Correspondence> all =
                correspondence.findByComplaintReferenceOrderByQueuedAtAscIdAsc(complaint.getReference());
        java.util.List<String> toComplainant = all.stream()
                .filter(l -> l.getAudience() == uk.redress.notification.Audience.COMPLAINANT)
                .map(uk.redress.notification.Correspondence::getLetter).toList();
        java.util.List<uk.redress.notification.Correspondence> copies = all.stream()
                .filter(l -> l.getAudience() == uk.redress.notification.Audience.REPRESENTATIVE).toList();
        assertThat(toComplainant).isNotEmpty().contains("acknowledgement");
        assertThat(copies).extracting(uk.redress.notification.Correspondence::getLetter)
                .containsExactlyElementsOf(toComplainant);
        assertThat(copies).allSatisfy(copy -> {
            assertThat(copy.getRecipient()).isEqualTo("cllr.ward@example.org");
            assertThat(copy.getSubject()).startsWith("Copy: ");
            assertThat(copy.getBody()).startsWith("This is a copy of our letter to the person you are acting for.");
        });
    }

    @Test
    void seriousOrProtracted_theOfficersRecordedDecision_opensStage1AtOnce() {
        // 9.13: stage 1 when the matter is serious or likely to be protracted, on the officer's recorded decision
        ComplaintScenario c = receive("2026-12-23", Channel.EMAIL, true);
        clockAt(day("2026-12-24"));
        c.complete("Task_ResolveInformally", Map.of("informalOutcome", "seriousOrProtracted",
                "informalActionsSummary", "Alleged assault by an officer: serious"));

        BpmnAwareTests.assertThat(c.processInstance()).isWaitingAt("Task_LogFormalComplaint");
        assertThat(c.running("informal-response")).isEmpty();
        assertThat(c.dueOn("stage1-response")).isEqualTo(day("2027-01-26"));
    }

    @Test
    void complaintFromAnMp_goesStraightToStage1() {
        ComplaintScenario c = receive("2026-12-23", Channel.MP_OR_COUNCILLOR, false);

        BpmnAwareTests.assertThat(c.processInstance()).isWaitingAt("Task_LogFormalComplaint");
        assertThat(c.dueOn("stage1-response")).isEqualTo(day("2027-01-25"));
    }

    @Test
    void stage1Overdue_isRecordedTheMomentWorkingDay20Ends_andTheTaskStays() {
        ComplaintScenario c = atStage1();
        BpmnAwareTests.assertThat(c.task("Task_Respond")).hasCandidateGroup("harborough-service-managers");
        assertThat(c.task("Task_Respond").getDueDate()).isEqualTo(endOf(day("2027-01-25")));

        clockAt(day("2027-01-25"), JUST_BEFORE_MIDNIGHT);
        assertThat(runDueJobs(c.reference())).isZero();
        assertThat(c.latest("stage1-response").isBreached()).isFalse();

        clockAt(day("2027-01-26"), JUST_AFTER_MIDNIGHT);
        assertThat(runDueJobs(c.reference())).isEqualTo(1);
        assertThat(c.openTasks()).containsExactly("Task_Respond (Investigate and respond at stage 1)");
        assertThat(c.passed("End_BreachRecorded")).isTrue();
        assertThat(c.running("stage1-response")).get().matches(d -> d.isBreached());
    }

    @Test
    void independentManager_isAssignedTheStage1Task() {
        ComplaintScenario c = receive("2026-12-23", Channel.MP_OR_COUNCILLOR, false);
        c.complete("Task_LogFormalComplaint", Map.of("stage1Route", "independentManager",
                "investigatingOfficer", "harborough-service-managers"));

        assertThat(c.task("Task_Respond").getAssignee()).isEqualTo("harborough-service-managers");
    }

    @Test
    void viaAnMpAfterTheServiceManagerAnswered_theChiefExecutiveInvestigates() {
        ComplaintScenario c = receive("2026-12-23", Channel.MP_OR_COUNCILLOR, false);
        c.complete("Task_LogFormalComplaint", Map.of("stage1Route", "chiefExecutive"));

        BpmnAwareTests.assertThat(c.task("Task_Respond")).hasCandidateGroup("harborough-chief-executive");
    }

    @Test
    void severalServiceAreas_theComplaintsOfficerLeadsStage1() {
        ComplaintScenario c = receive("2026-12-23", Channel.MP_OR_COUNCILLOR, false);
        c.complete("Task_LogFormalComplaint", Map.of("stage1Route", "complaintsOfficerLeads"));

        BpmnAwareTests.assertThat(c.task("Task_Respond")).hasCandidateGroup("harborough-complaints-officers");
    }

    @Test
    void stage1Extension_movesTheDueDateAndTheTimer() {
        ComplaintScenario c = atStage1();
        clockAt(day("2027-01-20"));
        c.complete("Task_Respond", Map.of("responseAction", "extend", "extendedTo", "2027-02-12"));

        assertThat(c.dueOn("stage1-response")).isEqualTo(day("2027-02-12"));
        assertThat(c.task("Task_Respond").getDueDate()).isEqualTo(endOf(day("2027-02-12")));
        clockAt(day("2027-01-26"), JUST_AFTER_MIDNIGHT);
        assertThat(runDueJobs(c.reference())).isZero();
        clockAt(day("2027-02-12"), JUST_BEFORE_MIDNIGHT);
        assertThat(runDueJobs(c.reference())).isZero();
        clockAt(day("2027-02-13"), JUST_AFTER_MIDNIGHT);
        assertThat(runDueJobs(c.reference())).isEqualTo(1);
    }

    @Test
    void stage1Extension_toAnEarlierDate_isRefusedAndNothingChanges() {
        ComplaintScenario c = atStage1();
        String taskId = c.task("Task_Respond").getId();

        assertThatThrownBy(() -> c.complete("Task_Respond",
                Map.of("responseAction", "extend", "extendedTo", "2027-01-22")))
                .hasMessageContaining("must be after the current one");

        assertThat(c.task("Task_Respond").getId()).isEqualTo(taskId);
        assertThat(c.dueOn("stage1-response")).isEqualTo(day("2027-01-25"));
    }

    @Test
    void stopTheClock_movesTheDeadlineByThePausedWorkingDays() {
        ComplaintScenario c = atStage1();
        clockAt(day("2027-01-11"));
        c.complete("Task_Respond", Map.of("responseAction", "requestInformation",
                "informationRequested", "Photos of the missed bin"));
        assertThat(c.hasTask("Task_AwaitInformationUntilClosure")).isTrue();
        assertThat(c.running("stage1-response")).get().matches(d -> d.getState() == DeadlineState.PAUSED);

        // the clock was stopped on 12, 13, 14, 15 and 18 January: five working days
        clockAt(day("2027-01-18"));
        c.complete("Task_AwaitInformationUntilClosure", Map.of("informationReceived", "Three photos by email"));

        assertThat(c.dueOn("stage1-response")).isEqualTo(day("2027-02-01"));
        assertThat(c.task("Task_Respond").getDueDate()).isEqualTo(endOf(day("2027-02-01")));
        // 9.27: the complainant is told the new due date when the clock restarts
        assertThat(letter(c, "response-date").getBody()).contains("by Monday 1 February 2027");
        clockAt(day("2027-01-26"), JUST_AFTER_MIDNIGHT);
        assertThat(runDueJobs(c.reference())).isZero();
    }

    @Test
    void noReplyToARequestForInformation_closes60WorkingDaysAfterReceipt() {
        ComplaintScenario c = atStage1();
        clockAt(day("2027-01-11"));
        c.complete("Task_Respond", Map.of("responseAction", "requestInformation",
                "informationRequested", "Which weeks?"));
        assertThat(c.task("Task_AwaitInformationUntilClosure").getDueDate()).isEqualTo(endOf(day("2027-03-22")));

        clockAt(day("2027-03-22"), JUST_BEFORE_MIDNIGHT);
        assertThat(runDueJobs(c.reference())).isZero();
        clockAt(day("2027-03-23"), JUST_AFTER_MIDNIGHT);
        assertThat(runDueJobs(c.reference())).isEqualTo(1);

        BpmnAwareTests.assertThat(c.processInstance()).isEnded();
        assertThat(c.record().getOutcome()).isEqualTo("closed-no-reply");
        assertThat(c.running("stage1-response")).isEmpty();
    }

    @Test
    void stage1Response_windowPassesAfter90Days_closesAndRefusesLateEscalation() {
        ComplaintScenario c = atStage1();
        clockAt(day("2027-01-20"));
        c.complete("Task_Respond", respond());
        assertThat(c.running("stage1-response")).isEmpty();
        assertThat(c.dueOn("escalation-window")).isEqualTo(day("2027-04-20"));

        // a request dated after the window is refused even before the timer has run
        clockAt(day("2027-04-21"), LocalTime.of(8, 0));
        assertThatThrownBy(() -> escalations.request(c.record(), day("2027-04-21")))
                .isInstanceOf(Conflict.class).hasMessageContaining("closed on 2027-04-20");

        clockAt(day("2027-04-20"), JUST_BEFORE_MIDNIGHT);
        assertThat(runDueJobs(c.reference())).isZero();
        clockAt(day("2027-04-21"), JUST_AFTER_MIDNIGHT);
        assertThat(runDueJobs(c.reference())).isEqualTo(1);
        BpmnAwareTests.assertThat(c.processInstance()).isEnded();
        assertThat(c.record().getOutcome()).isEqualTo("responded-stage1");
    }

    @Test
    void stage2_acknowledgedIn3AndAnsweredIn20WorkingDays_thenOmbudsmanSignposted() {
        ComplaintScenario c = atStage2();

        BpmnAwareTests.assertThat(c.processInstance()).isWaitingAt("Task_AcknowledgeStage2");
        assertThat(c.record().getStage()).isEqualTo("stage2");
        assertThat(c.dueOn("acknowledgement")).isEqualTo(day("2027-02-04"));
        assertThat(c.dueOn("stage2-response")).isEqualTo(day("2027-03-01"));

        c.complete("Task_AcknowledgeStage2", Map.of("reviewingDirector", "Director of Place"));
        BpmnAwareTests.assertThat(c.task("Task_Respond")).hasCandidateGroup("harborough-directors");
        assertThat(c.task("Task_Respond").getDueDate()).isEqualTo(endOf(day("2027-03-01")));
        assertThat(c.running("acknowledgement")).isEmpty();

        clockAt(day("2027-02-20"));
        c.complete("Task_Respond", respond());
        BpmnAwareTests.assertThat(c.processInstance()).isEnded();
        BpmnAwareTests.assertThat(c.processInstance()).hasPassed("End_ClosedAfterStage2");
        assertThat(c.record().getStatus()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(c.record().getOutcome()).isEqualTo("responded-stage2");
        assertThat(c.running("stage2-response")).isEmpty();
    }

    /**
     * Two nodes: the other node, whose clock runs an hour ahead and whose block of ids is higher, wrote an
     * acknowledgement clock and a stage row for this complaint before. Stage 2's acknowledgement and stage row,
     * written here afterwards, are still the latest: its breach and the closing's outcome go to them.
     */
    @Test
    void stage2sClockAndStage_areTheLatest_evenAfterRowsFromANodeWhoseClockRanAheadWithHigherIds() {
        ComplaintScenario c = atStage1();
        java.sql.Timestamp ahead = java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(3_600));
        jdbc.update("""
                insert into deadline (id, complaint_reference, process_instance_id, name, opened_on, day_zero, due_on,
                  state, paused_working_days, breached, closed_on, version, created_at)
                values (2000000001, ?, 'other-node', 'acknowledgement', ?, ?, ?, 'CLOSED', 0, false, ?, 0, ?)""",
                c.reference(), day("2026-12-23"), day("2026-12-23"), day("2026-12-29"), day("2026-12-24"), ahead);
        jdbc.update("""
                insert into complaint_stage (id, complaint_reference, procedure, stage, service_area, channel,
                  received_on, started_on, extended, remedy_apology, remedy_action, version, created_at)
                values (2000000001, ?, 'harborough-corporate', 'informal', 'Waste', 'EMAIL', ?, ?, false, false,
                  false, 0, ?)""", c.reference(), day("2026-12-23"), day("2026-12-23"), ahead);
        clockAt(day("2027-01-20"));
        c.complete("Task_Respond", respond());
        escalate(c, "2027-02-01");

        clockAt(day("2027-02-05"), JUST_AFTER_MIDNIGHT);
        assertThat(runDueJobs(c.reference())).isEqualTo(1);
        assertThat(c.running("acknowledgement")).get().matches(d -> d.isBreached(), "stage 2's clock breached");
        assertThat(jdbc.queryForObject("select breached from deadline where id = 2000000001", Boolean.class))
                .as("the other node's clock").isFalse();

        c.complete("Task_AcknowledgeStage2", Map.of("reviewingDirector", "Director of Place"));
        clockAt(day("2027-02-20"));
        c.complete("Task_Respond", respond());
        assertThat(jdbc.queryForList("""
                select stage || ':' || coalesce(outcome, '-') from complaint_stage where complaint_reference = ?
                order by created_at, id""", String.class, c.reference()))
                .as("stages in the order written, the closing's outcome on stage 2")
                .containsExactly("stage1:PARTLY_UPHELD", "informal:-", "stage2:PARTLY_UPHELD");
    }

    @Test
    void stage2AcknowledgementOverdue_isRecordedAfterWorkingDay3() {
        ComplaintScenario c = atStage2();

        clockAt(day("2027-02-04"), JUST_BEFORE_MIDNIGHT);
        assertThat(runDueJobs(c.reference())).isZero();
        clockAt(day("2027-02-05"), JUST_AFTER_MIDNIGHT);
        assertThat(runDueJobs(c.reference())).isEqualTo(1);
        assertThat(c.running("acknowledgement")).get().matches(d -> d.isBreached());
        BpmnAwareTests.assertThat(c.processInstance()).isWaitingAt("Task_AcknowledgeStage2");
    }

    @Test
    void stage2Overdue_extension_andStopTheClock() {
        ComplaintScenario c = atStage2();
        c.complete("Task_AcknowledgeStage2", Map.of("reviewingDirector", "Director of Place"));

        clockAt(day("2027-03-01"), JUST_BEFORE_MIDNIGHT);
        assertThat(runDueJobs(c.reference())).isZero();
        clockAt(day("2027-03-02"), JUST_AFTER_MIDNIGHT);
        assertThat(runDueJobs(c.reference())).isEqualTo(1);
        assertThat(c.passed("End_BreachRecorded")).isTrue();

        clockAt(day("2027-03-02"));
        c.complete("Task_Respond", Map.of("responseAction", "extend", "extendedTo", "2027-03-12"));
        assertThat(c.task("Task_Respond").getDueDate()).isEqualTo(endOf(day("2027-03-12")));

        clockAt(day("2027-03-03"));
        c.complete("Task_Respond", Map.of("responseAction", "requestInformation", "informationRequested", "Dates"));
        // stopped on 4 and 5 March: two working days
        clockAt(day("2027-03-05"));
        c.complete("Task_AwaitInformationUntilClosure", Map.of("informationReceived", "Dates supplied"));
        assertThat(c.dueOn("stage2-response")).isEqualTo(day("2027-03-16"));
        assertThat(c.task("Task_Respond").getDueDate()).isEqualTo(endOf(day("2027-03-16")));
    }

    @Test
    void stage2NoReplyToARequestForInformation_closes60WorkingDaysAfterFirstReceipt() {
        ComplaintScenario c = atStage2();
        c.complete("Task_AcknowledgeStage2", Map.of("reviewingDirector", "Director of Place"));
        clockAt(day("2027-02-10"));
        c.complete("Task_Respond", Map.of("responseAction", "requestInformation", "informationRequested", "Dates"));

        clockAt(day("2027-03-22"), JUST_BEFORE_MIDNIGHT);
        assertThat(runDueJobs(c.reference())).isZero();
        clockAt(day("2027-03-23"), JUST_AFTER_MIDNIGHT);
        assertThat(runDueJobs(c.reference())).isEqualTo(1);
        BpmnAwareTests.assertThat(c.processInstance()).hasPassed("End_Stage2ClosedNoReply");
        assertThat(c.record().getOutcome()).isEqualTo("closed-no-reply");
    }

    @Test
    void aComplaintAboutASeniorManager_goesStraightToStage1_andTheChiefExecutiveInvestigates() {
        clockAt(day("2026-12-23"));
        uk.redress.complaint.Complaint complaint = intake.receive(new uk.redress.complaint.IntakeRequest(
                "harborough-corporate", day("2026-12-23"), Channel.EMAIL,
                new uk.redress.complaint.IntakeRequest.ComplainantDetails("Pat Senior", null, null, null, false),
                "Planning", "The Head of Planning ignored my letters", null, day("2026-12-01"), false,
                uk.redress.complaint.Subject.SENIOR_MANAGER_CONDUCT, null));
        String log = processEngine.getTaskService().createTaskQuery().processInstanceId(complaint.getProcessInstanceId())
                .taskDefinitionKey("Task_LogFormalComplaint").singleResult().getId();
        processEngine.getTaskService().complete(log, Map.of("stage1Route", "serviceManager"));

        org.camunda.bpm.engine.task.Task respond = processEngine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(complaint.getReference()).taskDefinitionKey("Task_Respond").singleResult();
        BpmnAwareTests.assertThat(respond).hasCandidateGroup("harborough-chief-executive");
    }

    @Test
    void aMisunderstoodWithdrawal_isReopenedWhereItStopped_withItsDeadlineMovedByTheDaysLost() {
        ComplaintScenario c = atStage1();
        clockAt(day("2027-01-11"));
        withdrawals.withdraw(c.record(), new uk.redress.caseevent.WithdrawalRequest(day("2027-01-11"),
                uk.redress.caseevent.WithdrawalRequest.How.PHONE, "Thought it was resolved"));
        c.complete("Task_ConfirmWithdrawal", Map.of("withdrawalConfirmed", true));
        assertThat(c.ended()).isTrue();

        // 12, 13, 14, 15 and 18 January lost
        clockAt(day("2027-01-18"));
        withdrawals.reopen(c.record(), new uk.redress.caseevent.ReopeningRequest("Jo Manager", "The complainant misunderstood"));

        assertThat(c.record().getStatus()).isEqualTo(ComplaintStatus.OPEN);
        assertThat(c.record().getOutcome()).isNull();
        assertThat(c.record().getStage()).isEqualTo("stage1");
        assertThat(c.dueOn("stage1-response")).isEqualTo(day("2027-02-01"));
        assertThat(c.task("Task_Respond").getDueDate()).isEqualTo(endOf(day("2027-02-01")));
        assertThat(firesOnlyAfter(c, "2027-02-01")).isEqualTo(1);
    }

    @Test
    void aWithdrawalWhileTheEscalationWindowWasOpen_isReopenedWithTheWindowWaitingAgain() {
        ComplaintScenario c = atStage1();
        clockAt(day("2027-01-20"));
        c.complete("Task_Respond", respond());
        withdrawals.withdraw(c.record(), new uk.redress.caseevent.WithdrawalRequest(day("2027-01-20"),
                uk.redress.caseevent.WithdrawalRequest.How.EMAIL, null));
        c.complete("Task_ConfirmWithdrawal", Map.of("withdrawalConfirmed", true));

        clockAt(day("2027-01-27"));
        withdrawals.reopen(c.record(), new uk.redress.caseevent.ReopeningRequest("Jo Manager", "Misunderstanding"));
        escalate(c, "2027-02-01");
        assertThat(c.hasTask("Task_AcknowledgeStage2")).isTrue();
        assertThat(c.record().getStage()).isEqualTo("stage2");
    }

    @Test
    void suspension_isNotPartOfThisProcedure() {
        ComplaintScenario c = receiveInformal();
        assertThatThrownBy(() -> suspensions.suspend(c.record(), new uk.redress.caseevent.SuspensionRequest(
                uk.redress.complaint.ConcurrentProceeding.COURT_OR_TRIBUNAL, "Manager", null)))
                .isInstanceOf(Conflict.class).hasMessageContaining("does not provide for suspending");
    }

    @Autowired
    uk.redress.caseevent.Suspensions suspensions;

    @Test
    void managerInvolvedAtInformalStage_escalatesStraightToStage2() {
        ComplaintScenario c = receive("2026-12-23", Channel.MP_OR_COUNCILLOR, false);
        clockAt(day("2027-01-04"));
        c.complete("Task_LogFormalComplaint", Map.of("stage1Route", "escalateToStage2"));

        BpmnAwareTests.assertThat(c.processInstance()).isWaitingAt("Task_AcknowledgeStage2");
        assertThat(c.running("stage1-response")).isEmpty();
        assertThat(c.dueOn("acknowledgement")).isEqualTo(day("2027-01-07"));
        assertThat(c.dueOn("stage2-response")).isEqualTo(day("2027-02-01"));
    }
}
