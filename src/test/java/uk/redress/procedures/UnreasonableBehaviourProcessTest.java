package uk.redress.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.redress.problem.Conflict;
import uk.redress.restriction.BehaviourConcern;
import uk.redress.restriction.UnreasonableBehaviour;

/**
 * Unreasonable behaviour: Harborough (seed 002 section 14: notice, appeal to the Chief Executive) and Warwickshire
 * (seed 004 section 10: notice within 5 working days, no appeal); restrictions shown when the person complains again.
 */
class UnreasonableBehaviourProcessTest extends ProcedureProcessTest {

    @Autowired
    UnreasonableBehaviour behaviour;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private String procedure = "harborough-corporate";

    @Override
    String procedure() {
        return procedure;
    }

    @Override
    String firstTask() {
        return procedure.equals("harborough-corporate") ? "Task_ResolveInformally" : "Task_Respond";
    }

    private ComplaintScenario restricted(String procedureKey) {
        procedure = procedureKey;
        ComplaintScenario c = receive("2026-12-23");
        clockAt(day("2027-01-04"));
        behaviour.raise(c.record(), new BehaviourConcern("Forty calls a day to the service desk"));
        c.complete("Task_WarnComplainant", Map.of("warningGiven", "Letter of 4 January"));
        c.complete("Task_GatherEvidence", Map.of("evidence", "Call log"));
        c.complete("Task_DecideRestrictions", Map.of("restrictionDecision", "restrict",
                "restrictionsText", "Contact by email to one named officer only", "reviewOn", "2027-04-01",
                "expiresOn", "2027-07-01"));
        return c;
    }

    @Test
    void harborough_noticeThenAppealToTheChiefExecutive_upheldLiftsTheRestrictions() {
        ComplaintScenario c = restricted("harborough-corporate");
        assertThat(c.task("Task_SendNotice").getDueDate()).isEqualTo(endOf(day("2027-01-18")));
        c.complete("Task_SendNotice", Map.of());

        behaviour.appeal(c.record(), new BehaviourConcern("The calls were about a flood"));
        BpmnAwareTests.assertThat(c.task("Task_DecideAppeal")).hasCandidateGroup("harborough-chief-executive");
        c.complete("Task_DecideAppeal", Map.of("appealDecision", "upheld", "appealReasons", "Emergency"));

        assertThat(c.passed("End_Lifted")).isTrue();
        assertThat(restrictionsOf(receive("2027-02-01", c))).isNull();
    }

    @Test
    void warwickshire_noticeWithin5WorkingDays_noAppeal_shownWhenThePersonComplainsAgain_reviewedOnItsDate() {
        ComplaintScenario c = restricted("warwickshire-general");
        assertThat(c.task("Task_SendNotice").getDueDate()).isEqualTo(endOf(day("2027-01-11")));
        c.complete("Task_SendNotice", Map.of());
        assertThatThrownBy(() -> behaviour.appeal(c.record(), new BehaviourConcern("Unfair"))).isInstanceOf(Conflict.class);

        assertThat(restrictionsOf(receive("2027-02-01", c)))
                .contains("Contact by email to one named officer only").contains("until 1 July 2027");
        // a restriction decided under a procedure no longer deployed is nobody's to show, and stops no intake
        jdbc.sql("""
                insert into restriction (id, complaint_reference, procedure, restrictions, decided_on, review_on,
                  expires_on, version)
                select id + 1000000, complaint_reference, 'a-retired-procedure', 'Retired restriction', decided_on,
                  review_on, expires_on, 0 from restriction where complaint_reference = :r""")
                .param("r", c.reference()).update();
        assertThat(restrictionsOf(receive("2027-02-01", c))).contains("Contact by email to one named officer only")
                .doesNotContain("Retired restriction");
        // the same person's complaint under another of the council's procedures shows them too; to another council, never
        procedure = "warwickshire-adult-social-care";
        assertThat(restrictionsOf(receive("2027-02-01", c))).contains("Contact by email to one named officer only");
        procedure = "harborough-corporate";
        assertThat(restrictionsOf(receive("2027-02-01", c))).isNull();
        procedure = "warwickshire-general";

        // the complaint's own timers run too: look for the review task itself
        clockAt(day("2027-03-31"), JUST_BEFORE_MIDNIGHT);
        runDueJobs(c.reference());
        assertThat(c.hasTask("Task_ReviewRestrictions")).isFalse();
        clockAt(day("2027-04-01"), JUST_AFTER_MIDNIGHT);
        runDueJobs(c.reference());
        assertThat(c.task("Task_ReviewRestrictions").getDueDate()).isEqualTo(endOf(day("2027-04-01")));
        c.complete("Task_ReviewRestrictions", Map.of("reviewDecision", "keep", "reviewReasons", "Still needed"));
        assertThat(c.passed("End_RunToExpiry")).isTrue();
    }

    @Test
    void harborough_noAppealWithin20WorkingDays_thenReviewLiftsThem() {
        ComplaintScenario c = restricted("harborough-corporate");
        c.complete("Task_SendNotice", Map.of());
        clockAt(day("2027-02-02"), JUST_AFTER_MIDNIGHT);
        runDueJobs(c.reference());
        assertThat(c.passed("Timer_AppealWindowPassed")).isTrue();
        assertThatThrownBy(() -> behaviour.appeal(c.record(), new BehaviourConcern("Too late"))).isInstanceOf(Conflict.class);
        clockAt(day("2027-04-01"), JUST_AFTER_MIDNIGHT);
        runDueJobs(c.reference());
        c.complete("Task_ReviewRestrictions", Map.of("reviewDecision", "lift", "reviewReasons", "Behaviour improved"));
        assertThat(c.passed("End_Lifted")).isTrue();
    }

    @Test
    void noRestrictions_andProceduresWithoutTheRule_areRefused() {
        procedure = "county-corporate-two-stage";
        ComplaintScenario county = receive("2026-12-23");
        assertThatThrownBy(() -> behaviour.raise(county.record(), new BehaviourConcern("Rude")))
                .isInstanceOf(Conflict.class).hasMessageContaining("does not provide");

        procedure = "harborough-corporate";
        ComplaintScenario c = receive("2026-12-23");
        behaviour.raise(c.record(), new BehaviourConcern("Shouting"));
        assertThatThrownBy(() -> behaviour.raise(c.record(), new BehaviourConcern("Again"))).isInstanceOf(Conflict.class);
        c.complete("Task_WarnComplainant", Map.of("warningGiven", "Told"));
        c.complete("Task_GatherEvidence", Map.of("evidence", "One call"));
        c.complete("Task_DecideRestrictions", Map.of("restrictionDecision", "none"));
        assertThat(c.passed("End_NoRestrictions")).isTrue();
    }

    @Autowired
    uk.redress.restriction.ForeignRestrictionsRepair repair;

    @Test
    void anotherCouncilsRestrictionsCopiedByAnEarlierVersion_leaveRunningAndClosedComplaints() {
        ComplaintScenario c = restricted("harborough-corporate");
        String harborough = "Contact by email to one named officer only (until 2027-07-01, from complaint "
                + c.reference() + ")";
        // Warwickshire's own restriction on the same person, decided on an earlier complaint of theirs
        procedure = "warwickshire-general";
        uk.redress.complaint.Complaint earlier = receive("2027-01-05", c);
        jdbc.sql("""
                insert into restriction (id, complaint_reference, procedure, restrictions, decided_on, review_on,
                  expires_on, version)
                values (2000001, :r, 'warwickshire-general', 'Letters only', date '2027-01-06', date '2027-03-01',
                  date '2027-06-30', 0)""").param("r", earlier.getReference()).update();
        uk.redress.complaint.Complaint running = receive("2027-02-01", c);
        String warwickshire = restrictionsOf(running);
        assertThat(warwickshire).isEqualTo("Letters only (until 30 June 2027, from complaint "
                + earlier.getReference() + ")");
        // what the earlier version wrote: Harborough's text on Warwickshire's complaints, one running, one closed
        var runtime = processEngine.getRuntimeService();
        runtime.setVariable(running.getProcessInstanceId(), "restrictionsInForce", harborough + "\n" + warwickshire);
        // and its stage 1, called with that value after this version came: a copy with no history of its own
        String stage = runtime.createProcessInstanceQuery().superProcessInstanceId(running.getProcessInstanceId())
                .singleResult().getId();
        runtime.setVariableLocal(stage, "restrictionsInForce", harborough + "\n" + warwickshire);
        processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(stage)
                .variableName("restrictionsInForce").list()
                .forEach(v -> processEngine.getHistoryService().deleteHistoricVariableInstance(v.getId()));
        uk.redress.complaint.Complaint closed = receive("2027-02-01", c);
        runtime.setVariable(closed.getProcessInstanceId(), "restrictionsInForce", harborough);
        runtime.deleteProcessInstance(closed.getProcessInstanceId(), "closed", true);
        // Harborough's own complaint from the same person rightly shows Harborough's restriction: left alone
        procedure = "harborough-corporate";
        uk.redress.complaint.Complaint own = receive("2027-02-01", c);
        assertThat(restrictionsOf(own)).contains("named officer");
        // and what Tasklist's completions copied into the history as form fields, one of them leaked
        for (uk.redress.complaint.Complaint copied : List.of(running, own)) {
            jdbc.sql("""
                    insert into ACT_HI_DETAIL (ID_, TYPE_, PROC_INST_ID_, ROOT_PROC_INST_ID_, NAME_, TEXT_, TIME_)
                    values (:id, 'FormProperty', :p, :p, 'restrictionsInForce', :text, current_timestamp)""")
                    .param("id", "copy-" + copied.getReference()).param("p", copied.getProcessInstanceId())
                    .param("text", restrictionsOf(copied)).update();
        }
        assertThat(historyMentioning(running, "named officer")).as("value, change, form field").hasSize(3);
        long ownHistory = historyMentioning(own, "named officer").size();
        // repaired months later, after Warwickshire's restriction ended: shown as it stood when the complaint came in
        clockAt(day("2027-08-02"));

        // done once per database at start-up, before any of this; done again here on what was written since
        assertThat(jdbc.sql("select count(*) from maintenance_run where name = 'foreign-restrictions-in-force'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(repair.repair()).isGreaterThanOrEqualTo(3);

        assertThat(restrictionsOf(running)).isEqualTo(warwickshire);
        assertThat(runtime.getVariable(stage, "restrictionsInForce")).isEqualTo(warwickshire);
        assertThat(historyMentioning(running, "named officer")).isEmpty();
        assertThat(historyMentioning(running, "Letters only")).isNotEmpty();
        assertThat(historyMentioning(closed, "named officer")).isEmpty();
        assertThat(restrictionsOf(own)).contains("named officer");
        assertThat(historyMentioning(own, "named officer")).hasSize((int) ownHistory);
        assertThat(repair.repair()).isZero();
        // the restriction itself is Harborough's record, untouched
        assertThat(jdbc.sql("select count(*) from restriction where complaint_reference = :r")
                .param("r", c.reference()).query(Long.class).single()).isEqualTo(1);
    }

    /** The complaint's history of restrictionsInForce (its values and their changes) holding that text. */
    private List<String> historyMentioning(uk.redress.complaint.Complaint complaint, String text) {
        var history = processEngine.getHistoryService();
        List<String> found = new java.util.ArrayList<>();
        history.createHistoricVariableInstanceQuery().processInstanceId(complaint.getProcessInstanceId())
                .variableName("restrictionsInForce").includeDeleted().list()
                .forEach(v -> found.add("value: " + v.getValue()));
        history.createHistoricDetailQuery().processInstanceId(complaint.getProcessInstanceId()).variableUpdates()
                .list().stream().map(d -> (org.camunda.bpm.engine.history.HistoricVariableUpdate) d)
                .filter(d -> d.getVariableName().equals("restrictionsInForce"))
                .forEach(d -> found.add("change: " + d.getValue()));
        history.createHistoricDetailQuery().processInstanceId(complaint.getProcessInstanceId()).formFields()
                .list().stream().map(d -> (org.camunda.bpm.engine.history.HistoricFormField) d)
                .filter(d -> d.getFieldId().equals("restrictionsInForce"))
                .forEach(d -> found.add("form field: " + d.getFieldValue()));
        return found.stream().filter(v -> v.contains(text)).toList();
    }

    /** The same person (same email) complains again under the same procedure. */
    private uk.redress.complaint.Complaint receive(String on, ComplaintScenario earlier) {
        clockAt(day(on));
        return intake.receive(new uk.redress.complaint.IntakeRequest(procedure, day(on), uk.redress.complaint.Channel.EMAIL,
                new uk.redress.complaint.IntakeRequest.ComplainantDetails("Someone", earlier.record().getComplainant().getEmail(),
                        null, null, false), "Another service", "A new issue", null, day(on), false, null, null));
    }

    private String restrictionsOf(uk.redress.complaint.Complaint complaint) {
        return (String) processEngine.getRuntimeService().getVariable(complaint.getProcessInstanceId(), "restrictionsInForce");
    }
}
