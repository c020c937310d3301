package uk.redress.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.redress.RedressSpringTest;
import uk.redress.audit.HistoryScenario;
import uk.redress.caseevent.WithdrawalRequest;
import uk.redress.caseevent.Withdrawals;
import uk.redress.complaint.Channel;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.ComplaintIntake;
import uk.redress.complaint.ComplaintStatus;
import uk.redress.complaint.IntakeRequest;

/**
 * Councils keep complaint records about six years (the diagrams' history time to live, 2,190 days): a closed
 * complaint's personal details leave Redress's tables when the engine's history of it reaches its removal time,
 * and its figures stay.
 */
class RecordsRetentionTest extends RedressSpringTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 1, 5);

    @Autowired ComplaintIntake intake;
    @Autowired Withdrawals withdrawals;
    @Autowired ProcessEngine engine;
    @Autowired RecordsRetention retention;
    @Autowired JdbcClient jdbc;

    @Test
    void aWithdrawnComplaint_losesItsPersonalDetails_onlyOnceSixYearsOfHistoryHaveRunOut_andKeepsItsFigures() {
        clockAt(RECEIVED);
        String closed = withdrawn("Robin Retained", "robin@example.org");
        String open = received("Olive Open", "olive@example.org").getReference();
        jdbc.sql("insert into case_note (id, complaint_reference, body, written_by, written_at) "
                + "values ('note-1', :r, 'Robin rang about the bins', 'officer', current_timestamp)")
                .param("r", closed).update();

        clockAt(RECEIVED.plusDays(2189));
        assertThat(retention.sweep()).as("a day before the history's removal time").isZero();
        assertThat(name(closed)).isEqualTo("Robin Retained");
        assertThat(jdbc.sql("select complainant_email_key from complaint where reference = :r").param("r", closed)
                .query(String.class).single()).as("the person's match key, kept while the details are").isNotNull();

        clockAt(RECEIVED.plusDays(2191));
        assertThat(retention.sweep()).isEqualTo(1);

        Map<String, Object> row = jdbc.sql("select * from complaint where reference = :r").param("r", closed)
                .query().singleRow();
        assertThat(row.get("complainant_name")).isNull();
        assertThat(row.get("complainant_email")).isNull();
        assertThat(row.get("complainant_phone")).isNull();
        assertThat(row.get("complainant_email_key")).isNull();
        assertThat(row.get("complainant_phone_key")).isNull();
        assertThat(row.get("complainant_name_address_key")).isNull();
        assertThat(row.get("summary")).isEqualTo(PersonalDetailsRemoval.REMOVED);
        assertThat(row.get("anonymised_at")).isNotNull();
        assertThat(row.get("status")).isEqualTo(ComplaintStatus.CLOSED.name());
        assertThat(row.get("service_area")).isEqualTo("Planning");
        assertThat(row.get("channel")).isEqualTo(Channel.PHONE.name());
        assertThat(jdbc.sql("select body from correspondence where complaint_reference = :r").param("r", closed)
                .query(String.class).list()).isNotEmpty().allMatch(PersonalDetailsRemoval.REMOVED::equals);
        assertThat(jdbc.sql("select count(*) from correspondence where complaint_reference = :r and "
                + "(recipient is not null or document is not null)").param("r", closed).query(Integer.class).single())
                .isZero();

        assertThat(jdbc.sql("select count(*) from case_note where complaint_reference = :r").param("r", closed)
                .query(Integer.class).single()).as("staff notes go too").isZero();

        assertThat(name(open)).as("an open complaint is never touched").isEqualTo("Olive Open");
        assertThat(retention.sweep()).as("done once").isZero();
    }

    /**
     * Letters now leave from the correspondence log, which the sweep treats with the complaint. Earlier versions
     * delivered each through a {@code send-letter} process of its own; on a database upgraded with those in its
     * history, they are kept until the complaint's own history goes, not counted from when each letter went.
     */
    @Test
    void aComplaintsLetterDeliveriesFromBeforeTheOutbox_keepTheirHistory_untilTheComplaintsOwnHistoryGoes() {
        engine.getRepositoryService().createDeployment().name("an earlier version's letter delivery")
                .addModelInstance("send-letter.bpmn", Bpmn.createExecutableProcess("send-letter")
                        .camundaHistoryTimeToLive(2190).startEvent().endEvent().done()).deploy();
        clockAt(RECEIVED);
        Complaint complaint = received("Lena Letters", "lena@example.org");
        // the acknowledgement went on day 0 through an earlier version's delivery process
        engine.getRuntimeService().startProcessInstanceByKey("send-letter",
                Map.of("complaintReference", complaint.getReference(), "letter", "acknowledgement"));
        clockAt(RECEIVED.plusDays(40));
        String reference = withdrawn(complaint);

        HistoricProcessInstance root = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(complaint.getProcessInstanceId()).singleResult();
        assertThat(root.getRemovalTime()).as("six years from the complaint's end")
                .isEqualTo(Date.from(root.getEndTime().toInstant().plus(Duration.ofDays(2190))));
        List<HistoricProcessInstance> letters = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("send-letter").variableValueEquals("complaintReference", reference).list();
        assertThat(letters).hasSize(1).allSatisfy(letter -> {
            assertThat(letter.getEndTime()).isNotNull();
            assertThat(letter.getRemovalTime()).as("the letter's history goes no sooner than the complaint's")
                    .isAfterOrEqualTo(root.getRemovalTime());
        });
        // the engine removes by each row's own removal time: the letters' variables went with them
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceIdIn(letters.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
                .list()).isNotEmpty().allSatisfy(variable -> assertThat(variable.getRemovalTime())
                        .isAfterOrEqualTo(root.getRemovalTime()));
    }

    private String withdrawn(String name, String email) {
        return withdrawn(received(name, email));
    }

    private String withdrawn(Complaint complaint) {
        withdrawals.withdraw(complaint, new WithdrawalRequest(RECEIVED, WithdrawalRequest.How.PHONE, null));
        var confirm = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(complaint.getReference())
                .taskDefinitionKey("Task_ConfirmWithdrawal").singleResult();
        engine.getTaskService().complete(confirm.getId(), Map.of("withdrawalConfirmed", true));
        assertThat(jdbc.sql("select status from complaint where reference = :r").param("r", complaint.getReference())
                .query(String.class).single()).isEqualTo(ComplaintStatus.CLOSED.name());
        return complaint.getReference();
    }

    private Complaint received(String name, String email) {
        return intake.receive(new IntakeRequest("harborough-corporate", RECEIVED, Channel.PHONE,
                new IntakeRequest.ComplainantDetails(name, email, "01858 000111", "1 High Street", false),
                "Planning", "No reply to my letters", null, null, false, null, Set.of()));
    }

    private String name(String reference) {
        return jdbc.sql("select complainant_name from complaint where reference = :r").param("r", reference)
                .query(String.class).single();
    }
}
