package uk.redress.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.redress.ombudsman.OmbudsmanEnquiries;
import uk.redress.ombudsman.OmbudsmanEnquiryRequest;
import uk.redress.problem.Conflict;
import uk.redress.problem.InvalidInput;

/**
 * The Ombudsman stage (every procedure): an LGSCO enquiry about a closed Harborough complaint, the Link Officer's
 * reply by the Ombudsman's date, the decision, and each agreed remedy tracked to its due date with a reminder.
 */
class OmbudsmanEnquiryProcessTest extends ProcedureProcessTest {

    @Autowired
    OmbudsmanEnquiries enquiries;

    @Override
    String firstTask() {
        return "Task_ResolveInformally";
    }

    @Override
    String procedure() {
        return "harborough-corporate";
    }

    /** A Harborough complaint answered at stage 2 on 20 February 2027: closed, the LGSCO signposted. */
    private ComplaintScenario closedComplaint() {
        ComplaintScenario c = receive("2026-12-23", uk.redress.complaint.Channel.MP_OR_COUNCILLOR, false);
        c.complete("Task_LogFormalComplaint", Map.of("stage1Route", "escalateToStage2"));
        c.complete("Task_AcknowledgeStage2", Map.of("reviewingDirector", "Director"));
        clockAt(day("2027-02-19"));
        c.complete("Task_Respond", respond());
        assertThat(c.ended()).isTrue();
        return c;
    }

    private void enquiry(ComplaintScenario c, String receivedOn, String replyDueOn) {
        clockAt(day(receivedOn));
        enquiries.receive(c.record(), new OmbudsmanEnquiryRequest(day(receivedOn), "26 012 345", day(replyDueOn)));
    }

    @Test
    void anOmbudsmanReplyDueTheSameDayAsAStageDeadline_staysPutWhenThatStageIsExtended() {
        // a complaint via an MP at stage 1, due Monday 25 January 2027; the Ombudsman wants a reply that day too
        ComplaintScenario c = receive("2026-12-23", uk.redress.complaint.Channel.MP_OR_COUNCILLOR, false);
        c.complete("Task_LogFormalComplaint", Map.of("stage1Route", "serviceManager"));
        enquiry(c, "2027-01-04", "2027-01-25");
        assertThat(c.task("Task_ReplyToOmbudsman").getDueDate()).isEqualTo(c.task("Task_Respond").getDueDate());

        clockAt(day("2027-01-11"));
        c.complete("Task_Respond", extendTo("2027-02-08"));

        assertThat(c.task("Task_Respond").getDueDate()).isEqualTo(endOf(day("2027-02-08")));
        assertThat(c.dueOn("ombudsman-reply")).isEqualTo(day("2027-01-25"));
        assertThat(c.task("Task_ReplyToOmbudsman").getDueDate()).isEqualTo(endOf(day("2027-01-25")));
        // the Ombudsman reply's timer fires on its own day; the stage 1 timer moved with its clock
        assertThat(firesOnlyAfter(c, "2027-01-25")).isEqualTo(1);
        assertThat(c.running("ombudsman-reply")).get().matches(d -> d.isBreached());
        assertThat(c.running("stage1-response")).get().matches(d -> !d.isBreached());
        assertThat(firesOnlyAfter(c, "2027-02-08")).isEqualTo(1);
        assertThat(c.running("stage1-response")).get().matches(d -> d.isBreached());
    }

    @Test
    void enquiry_onAClosedComplaint_isRepliedToByTheLinkOfficerByTheOmbudsmansDate() {
        ComplaintScenario c = closedComplaint();
        enquiry(c, "2027-04-01", "2027-04-29");

        assertThat(c.record().getStage()).isEqualTo("ombudsman");
        assertThat(c.dueOn("ombudsman-reply")).isEqualTo(day("2027-04-29"));
        Task reply = c.task("Task_ReplyToOmbudsman");
        BpmnAwareTests.assertThat(reply).hasCandidateGroup("harborough-complaints-officers");
        assertThat(reply.getDueDate()).isEqualTo(endOf(day("2027-04-29")));
        assertThat(firesOnlyAfter(c, "2027-04-29")).isEqualTo(1);
        assertThat(c.running("ombudsman-reply")).get().matches(d -> d.isBreached());

        c.complete("Task_ReplyToOmbudsman", Map.of("ombudsmanReplySummary", "Chronology and documents"));
        assertThat(c.running("ombudsman-reply")).isEmpty();
        c.complete("Task_RecordDecision", Map.of("ombudsmanDecision", "no-fault", "ombudsmanDecisionOn", "2027-06-01",
                "ombudsmanDecisionSummary", "No fault found"));
        assertThat(c.ended()).isTrue();
        assertThat(c.record().getStage()).isEqualTo("ombudsman-closed");
    }

    @Test
    void agreedRemedies_areEachTrackedWithAReminderAndTheirOwnDueDate() {
        ComplaintScenario c = closedComplaint();
        enquiry(c, "2027-04-01", "2027-04-29");
        c.complete("Task_ReplyToOmbudsman", Map.of("ombudsmanReplySummary", "Documents"));
        clockAt(day("2027-06-01"));
        c.complete("Task_RecordDecision", Map.of("ombudsmanDecision", "fault-remedy", "ombudsmanDecisionOn", "2027-06-01",
                "ombudsmanDecisionSummary", "Fault causing injustice"));
        c.complete("Task_RecordRemedy", Map.of("remedyDescription", "Apologise in writing", "remedyDueOn", "2027-06-15",
                "anotherRemedy", true));
        c.complete("Task_RecordRemedy", Map.of("remedyDescription", "Pay £150 for time and trouble",
                "remedyDueOn", "2027-07-30", "anotherRemedy", false));

        assertThat(c.dueOn("remedy-1")).isEqualTo(day("2027-06-15"));
        assertThat(c.dueOn("remedy-2")).isEqualTo(day("2027-07-30"));
        assertThat(c.openTasks()).containsExactlyInAnyOrder("Task_DeliverRemedy (Apologise in writing)",
                "Task_DeliverRemedy (Pay £150 for time and trouble)");

        // the reminder comes at the start of the fifth working day before 15 June (8 June)
        clockAt(day("2027-06-07"), JUST_BEFORE_MIDNIGHT);
        assertThat(runDueJobs(c.reference())).isZero();
        clockAt(day("2027-06-08"), JUST_AFTER_MIDNIGHT);
        assertThat(runDueJobs(c.reference())).isEqualTo(1);
        assertThat(c.task("Task_ChaseRemedy").getDueDate()).isEqualTo(endOf(day("2027-06-15")));
        assertThat(firesOnlyAfter(c, "2027-06-15")).as("first remedy overdue").isEqualTo(1);
        assertThat(c.running("remedy-1")).get().matches(d -> d.isBreached());

        for (Task task : processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(c.reference()).list()) {
            processEngine.getTaskService().complete(task.getId(), Map.of("remedyEvidence", "Sent", "chaseNotes", "Done"));
        }
        assertThat(c.ended()).isTrue();
        assertThat(c.running("remedy-2")).isEmpty();
    }

    @Test
    void aSecondEnquiryWhileOneIsOpen_isRefused_andBadDatesAreNamed() {
        ComplaintScenario c = closedComplaint();
        enquiry(c, "2027-04-01", "2027-04-29");

        assertThatThrownBy(() -> enquiry(c, "2027-04-02", "2027-04-30")).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> enquiries.receive(c.record(), new OmbudsmanEnquiryRequest(LocalDate.of(2027, 4, 2),
                "26 012 345", LocalDate.of(2027, 3, 1)))).isInstanceOf(InvalidInput.class).hasMessageContaining("replyDueOn");
    }
}
