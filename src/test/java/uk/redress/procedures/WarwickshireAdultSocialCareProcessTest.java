package uk.redress.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;

/** Warwickshire adult social care (seed 004): one statutory stage of 10 (up to 30) working days, then the LGSCO. */
class WarwickshireAdultSocialCareProcessTest extends WarwickshireProcedureProcessTest {

    @Override
    String firstTask() {
        return "Task_Respond";
    }

    @Override
    String procedure() {
        return "warwickshire-adult-social-care";
    }

    @Test
    void intake_opensStage1Due10WorkingDaysLater_andTheBreachIsRecordedAfterDay10() {
        ComplaintScenario c = receive("2026-12-23");

        assertThat(c.dueOn("stage1-response")).isEqualTo(day("2027-01-11"));
        BpmnAwareTests.assertThat(c.task("Task_Respond")).hasCandidateGroup("warwickshire-adult-social-care");
        assertThat(firesOnlyAfter(c, "2027-01-11")).isEqualTo(1);
        assertThat(c.running("stage1-response")).get().matches(d -> d.isBreached());
    }

    @Test
    void extension_to30WorkingDays_thenResponse_endsTheProcedureWithTheOmbudsmanSignpost() {
        ComplaintScenario c = receive("2026-12-23");
        clockAt(day("2027-01-05"));
        assertThatThrownBy(() -> c.complete("Task_Respond", extendTo("2027-02-09"))).hasMessageContaining("maximum");
        c.complete("Task_Respond", extendTo("2027-02-08"));
        assertThat(firesOnlyAfter(c, "2027-02-08")).isEqualTo(1);

        c.complete("Task_Respond", respond());
        assertThat(c.ended()).isTrue();
        assertThat(c.passed("End_Responded")).isTrue();
        assertThat(c.record().getOutcome()).isEqualTo("responded-stage1");
        // the one response goes from Redress: the officer's text with the Ombudsman's details
        assertThat(letter(c, "final-response").getBody())
                .contains("We have looked into your complaint and put things right.").contains("Ombudsman");
        assertThat(lettersTo(c, "ombudsman-signpost")).isEmpty();
        assertThat(c.running("stage1-response")).isEmpty();
    }

    @Test
    void theStagesHistory_leavesOutTheComplaintsValuesCopiedIntoIt_andKeepsWhatItWasGivenAndWhatItRecords() {
        ComplaintScenario c = receive("2026-12-23");
        HistoryService history = processEngine.getHistoryService();
        String stage = processEngine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(c.processInstanceId()).singleResult().getId();
        List<String> copied = List.of("reference", "receivedOn", "serviceArea", "summary", "subject", "channel");

        // the running stage reads every value it was given, copies and its own alike
        assertThat(processEngine.getRuntimeService().getVariables(stage)).containsKeys(copied.toArray(String[]::new))
                .containsKeys("clock", "taskName", "respondGroup");
        // the caller's history holds the complaint's values once; the stage's only what the call gave it of its own
        assertThat(recorded(history, c.processInstanceId())).containsKeys(copied.toArray(String[]::new));
        Map<String, Object> stageValues = recorded(history, stage);
        assertThat(stageValues).doesNotContainKeys(copied.toArray(String[]::new))
                .containsEntry("clock", "stage1-response").containsEntry("respondGroup", "warwickshire-adult-social-care");
        assertThat(changes(history, stage)).doesNotContainAnyElementsOf(copied).contains("clock", "taskName");

        // a copy the stage changes is recorded from the change on
        processEngine.getRuntimeService().setVariable(stage, "summary", "The summary, corrected");
        assertThat(recorded(history, stage)).containsEntry("summary", "The summary, corrected");
        assertThat(changes(history, stage)).containsOnlyOnce("summary");

        // what the stage records keeps its history, and what it hands back is recorded in the caller
        c.complete("Task_Respond", respond());
        assertThat(recorded(history, stage)).containsEntry("responseOutcome", "partly-upheld");
        assertThat(recorded(history, c.processInstanceId())).containsEntry("stage1Outcome", "partly-upheld");
    }

    private static Map<String, Object> recorded(HistoryService history, String processInstanceId) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).list().stream()
                .filter(v -> v.getValue() != null)
                .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue, (a, b) -> b));
    }

    /** Every setting of a value the history holds, as the auditors' and the case page's readers list them. */
    private static List<String> changes(HistoryService history, String processInstanceId) {
        return uk.redress.engine.ValueSettings.of(history, processInstanceId).stream()
                .map(HistoricVariableUpdate::getVariableName).toList();
    }
}
