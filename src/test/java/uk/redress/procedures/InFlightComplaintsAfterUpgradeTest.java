package uk.redress.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.redress.procedures.ProcedureProcessTest.JUST_AFTER_MIDNIGHT;
import static uk.redress.procedures.ProcedureProcessTest.JUST_BEFORE_MIDNIGHT;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import uk.redress.RedressSpringTest;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.ComplaintRepository;
import uk.redress.deadline.Deadline;
import uk.redress.deadline.DeadlineRepository;
import uk.redress.deadline.DeadlineState;

/**
 * The second half of the engine upgrade check (see {@link ComplaintsLeftInFlightTest}): the other engine opens the
 * database the first one left, with two complaints waiting on their stage 1 timers. Each timer fires on its own
 * working day and not before, the breach is recorded, and staff then finish both complaints. Runs only when asked
 * ({@code -Dredress.upgrade=after}).
 */
@EnabledIfSystemProperty(named = "redress.upgrade", matches = "after")
class InFlightComplaintsAfterUpgradeTest extends RedressSpringTest {

    @Autowired
    ComplaintRepository complaints;
    @Autowired
    DeadlineRepository deadlines;

    @Test
    void timersLeftByTheOtherEngine_fireOnTheirWorkingDay_andStaffFinishTheComplaints() {
        List<Complaint> inFlight = complaints.findAll().stream()
                .filter(c -> ComplaintsLeftInFlightTest.SERVICE_AREA.equals(c.getServiceArea()))
                .sorted(Comparator.comparing(Complaint::getReference)).toList();
        assertThat(inFlight).hasSize(2);
        String onTime = inFlight.get(0).getReference();
        String extended = inFlight.get(1).getReference();

        clockAt(day("2027-01-11"), JUST_BEFORE_MIDNIGHT);
        assertThat(runDueJobs(onTime) + runDueJobs(extended)).as("nothing fires before day 10 is over").isZero();
        clockAt(day("2027-01-12"), JUST_AFTER_MIDNIGHT);
        assertThat(runDueJobs(onTime)).isEqualTo(1);
        assertThat(runDueJobs(extended)).as("extended to 8 February").isZero();
        assertThat(stage1(onTime).isBreached()).isTrue();

        clockAt(day("2027-02-08"), JUST_BEFORE_MIDNIGHT);
        assertThat(runDueJobs(extended)).isZero();
        clockAt(day("2027-02-09"), JUST_AFTER_MIDNIGHT);
        assertThat(runDueJobs(extended)).isEqualTo(1);
        assertThat(stage1(extended).isBreached()).isTrue();

        for (String reference : List.of(onTime, extended)) {
            processEngine.getTaskService().complete(processEngine.getTaskService().createTaskQuery()
                    .processInstanceBusinessKey(reference).taskDefinitionKey("Task_Respond").singleResult().getId(),
                    ProcedureProcessTest.respond());
            runDueJobs(reference);
            assertThat(processEngine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceBusinessKey(reference).count()).as(reference + " ended").isZero();
            assertThat(complaints.findByReference(reference).orElseThrow().getOutcome()).isEqualTo("responded-stage1");
        }
    }

    private Deadline stage1(String reference) {
        return deadlines.findByComplaintReferenceAndStateIn(reference, EnumSet.allOf(DeadlineState.class)).stream()
                .filter(d -> d.getName().equals("stage1-response")).reduce((first, second) -> second).orElseThrow();
    }
}
