package uk.redress.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import uk.redress.RedressSpringTest;
import uk.redress.complaint.Channel;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.ComplaintIntake;
import uk.redress.complaint.IntakeRequest;
import uk.redress.deadline.DeadlineRepository;
import uk.redress.deadline.DeadlineState;

/**
 * The first half of the engine upgrade check (README "Moving to Operaton", .ci/run): on the engine Redress ships
 * with, two Warwickshire adult social care complaints are taken in and left waiting on their stage 1 timers in a
 * database that outlives the test (REDRESS_TEST_DB_URL); {@link InFlightComplaintsAfterUpgradeTest}, run by the
 * other engine on the same database, fires those timers and finishes the complaints. Runs only when asked
 * ({@code -Dredress.upgrade=before}): it leaves its complaints behind on purpose.
 */
@EnabledIfSystemProperty(named = "redress.upgrade", matches = "before")
class ComplaintsLeftInFlightTest extends RedressSpringTest {

    /** How the second half finds these complaints among any others in the database. */
    static final String SERVICE_AREA = "Engine upgrade in flight";
    static final String PROCEDURE = "warwickshire-adult-social-care";

    @Autowired
    ComplaintIntake intake;
    @Autowired
    DeadlineRepository deadlines;

    @Test
    void twoComplaints_areLeftWaitingOnStage1Timers_oneDue11January_oneExtendedTo8February() {
        clockAt(day("2026-12-23"));
        Complaint onTime = receive("Sam In-Flight");
        Complaint extended = receive("Kim In-Flight");
        runDueJobs(onTime.getReference());
        runDueJobs(extended.getReference());

        clockAt(day("2027-01-05"));
        processEngine.getTaskService().complete(respondTask(extended.getReference()),
                ProcedureProcessTest.extendTo("2027-02-08"));
        runDueJobs(extended.getReference());

        assertThat(timers(onTime.getReference())).isEqualTo(1);
        assertThat(timers(extended.getReference())).isEqualTo(1);
        assertThat(stage1DueOn(onTime.getReference())).isEqualTo(day("2027-01-11"));
        assertThat(stage1DueOn(extended.getReference())).isEqualTo(day("2027-02-08"));
    }

    private Complaint receive(String name) {
        return intake.receive(new IntakeRequest(PROCEDURE, day("2026-12-23"), Channel.EMAIL,
                new IntakeRequest.ComplainantDetails(name, null, null, "1 Upgrade Road", false), SERVICE_AREA,
                "Home care visits missed.", "Visits as agreed", LocalDate.of(2026, 12, 20), false, null, null));
    }

    private String respondTask(String reference) {
        return processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey("Task_Respond").singleResult().getId();
    }

    private long timers(String reference) {
        return processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .list().stream()
                .mapToLong(p -> processEngine.getManagementService().createJobQuery().processInstanceId(p.getId())
                        .timers().count()).sum();
    }

    private LocalDate stage1DueOn(String reference) {
        return deadlines.findByComplaintReferenceAndStateIn(reference, EnumSet.of(DeadlineState.OPEN)).stream()
                .filter(d -> d.getName().equals("stage1-response")).findFirst().orElseThrow().getDueOn();
    }
}
