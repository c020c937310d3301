package uk.redress.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A value's first setting is recorded once, in its record, and gets its detail row only when the value first
 * changes or is removed, the same row the engine writes by itself; files keep theirs, and a value recorded before the
 * rule gets no second one. On standalone engines with and without Redress's plugin.
 */
class FirstSettingHistoryTest {

    private static final String DIAGRAM = """
            <bpmn:process id="values" isExecutable="true" camunda:historyTimeToLive="P1D">
              <bpmn:startEvent id="start" />
              <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="work" />
              <bpmn:userTask id="work" />
              <bpmn:sequenceFlow id="f2" sourceRef="work" targetRef="end" />
              <bpmn:endEvent id="end" />
            </bpmn:process>
            <bpmn:process id="removed" isExecutable="true" camunda:historyTimeToLive="P1D">
              <bpmn:startEvent id="removedStart" />
              <bpmn:sequenceFlow id="r1" sourceRef="removedStart" targetRef="remove" />
              <bpmn:serviceTask id="remove" camunda:expression="${execution.removeVariable('summary')}" />
              <bpmn:sequenceFlow id="r2" sourceRef="remove" targetRef="removedWork" />
              <bpmn:userTask id="removedWork" />
              <bpmn:sequenceFlow id="r3" sourceRef="removedWork" targetRef="removedEnd" />
              <bpmn:endEvent id="removedEnd" />
            </bpmn:process>
            <bpmn:process id="twice" isExecutable="true" camunda:historyTimeToLive="P1D">
              <bpmn:startEvent id="twiceStart" />
              <bpmn:sequenceFlow id="t1" sourceRef="twiceStart" targetRef="second" />
              <bpmn:serviceTask id="second" camunda:expression="${execution.setVariable('summary', 'second')}" />
              <bpmn:sequenceFlow id="t2" sourceRef="second" targetRef="third" />
              <bpmn:serviceTask id="third" camunda:expression="${execution.setVariable('summary', 'third')}" />
              <bpmn:sequenceFlow id="t3" sourceRef="third" targetRef="twiceWork" />
              <bpmn:userTask id="twiceWork" />
              <bpmn:sequenceFlow id="t4" sourceRef="twiceWork" targetRef="twiceEnd" />
              <bpmn:endEvent id="twiceEnd" />
            </bpmn:process>
            """;
    private static final Date SET = new Date(1_780_000_000_000L);

    private ProcessEngine engine;
    private ProcessEngine plain;

    @AfterEach
    void stop() {
        ClockUtil.reset();
        if (engine != null) {
            engine.close();
        }
        if (plain != null) {
            plain.close();
        }
    }

    /** An engine with Redress's plugin. */
    private void startOurs() {
        engine = PluginEngine.start("first-setting", "values.bpmn", DIAGRAM);
    }

    /** One with Redress's plugin, and beside it the engine as it records by itself. */
    private void startBoth() {
        startOurs();
        plain = PluginEngine.start("plain", "values.bpmn", DIAGRAM, false, PluginEngine.newDatabase("plain"));
    }

    @Test
    void aValueThatNeverChanges_isRecordedOnce_andAFileKeepsItsDetail() {
        startOurs();
        String process = engine.getRuntimeService().startProcessInstanceByKey("values",
                Map.of("summary", "first", "count", 3, "letter", "text of a letter".getBytes())).getId();
        HistoryService history = engine.getHistoryService();

        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(process).list())
                .extracting(HistoricVariableInstance::getName).containsExactlyInAnyOrder("summary", "count", "letter");
        assertThat(details(history, process)).extracting(HistoricVariableUpdate::getVariableName).containsExactly("letter");
        // read back as every reader of a complaint's changes reads them: each value once, as it was set
        List<HistoricVariableUpdate> settings = ValueSettings.of(history, process);
        assertThat(settings).extracting(HistoricVariableUpdate::getVariableName)
                .containsExactlyInAnyOrder("summary", "count", "letter");
        assertThat(settings).filteredOn(setting -> setting.getVariableName().equals("summary")).singleElement()
                .satisfies(setting -> {
                    assertThat(setting.getValue()).isEqualTo("first");
                    assertThat(setting.getRevision()).isZero();
                });
    }

    @Test
    void aValueAStepSets_keepsItsDetail_whichNamesTheStep() {
        startOurs();
        String process = engine.getRuntimeService().startProcessInstanceByKey("values", Map.of("summary", "first")).getId();
        engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(process)
                .singleResult().getId(), Map.of("outcome", "upheld"));

        assertThat(details(engine.getHistoryService(), process)).singleElement().satisfies(detail -> {
            assertThat(detail.getVariableName()).isEqualTo("outcome");
            assertThat(place(detail)).isEqualTo("work");
        });
    }

    @Test
    void aChangedValue_hasEverySettingInItsDetails_asTheEngineWritesThem() {
        startBoth();

        List<HistoricVariableUpdate> ours = setThenChangeTwice(engine);
        List<HistoricVariableUpdate> engines = setThenChangeTwice(plain);

        assertThat(ours).extracting(HistoricVariableUpdate::getValue).containsExactly("first", "second", "third");
        assertThat(ours).hasSameSizeAs(engines);
        for (int i = 0; i < ours.size(); i++) {
            HistoricVariableUpdate mine = ours.get(i);
            HistoricVariableUpdate theirs = engines.get(i);
            assertThat(mine.getValue()).isEqualTo(theirs.getValue());
            assertThat(mine.getTime()).isEqualTo(theirs.getTime());
            assertThat(mine.getRevision()).isEqualTo(theirs.getRevision());
            assertThat(((HistoryEvent) mine).getSequenceCounter()).isEqualTo(((HistoryEvent) theirs).getSequenceCounter());
            assertThat(mine.getTypeName()).isEqualTo(theirs.getTypeName());
            assertThat(place(mine)).isEqualTo(place(theirs));
            assertThat(mine.getExecutionId()).isEqualTo(mine.getProcessInstanceId());
            assertThat(theirs.getExecutionId()).isEqualTo(theirs.getProcessInstanceId());
            assertThat(mine.getVariableInstanceId()).isNotNull();
        }
        // and the reader lists the same three settings, not a fourth from the value's record
        String process = ours.get(0).getProcessInstanceId();
        assertThat(ValueSettings.of(engine.getHistoryService(), process)).extracting(HistoricVariableUpdate::getValue)
                .containsExactly("first", "second", "third");
    }

    @Test
    void aValueChangedTwiceInOneStep_getsOneFirstSetting() {
        startBoth();
        String ours = engine.getRuntimeService().startProcessInstanceByKey("twice", Map.of("summary", "first")).getId();
        String engines = plain.getRuntimeService().startProcessInstanceByKey("twice", Map.of("summary", "first")).getId();

        // one moment, so told apart only by the order of setting: the same settings as the engine records by itself
        List<Object> recorded = details(plain.getHistoryService(), engines).stream().map(HistoricVariableUpdate::getValue).toList();
        assertThat(recorded).contains("first", "second", "third");
        assertThat(details(engine.getHistoryService(), ours)).extracting(HistoricVariableUpdate::getValue)
                .containsExactlyInAnyOrderElementsOf(recorded);
    }

    @Test
    void aRemovedValue_keepsItsFirstSetting() {
        startOurs();
        String process = engine.getRuntimeService().startProcessInstanceByKey("values", Map.of("summary", "first")).getId();
        engine.getRuntimeService().removeVariable(process, "summary");

        List<HistoricVariableUpdate> details = details(engine.getHistoryService(), process);
        assertThat(details).hasSize(2);
        assertThat(details.get(0).getValue()).isEqualTo("first");
        assertThat(details.get(0).getRevision()).isZero();
    }

    @Test
    void aValueGivenAtTheStartAndRemovedInTheSameStep_hasTheRowsTheEngineWrites() {
        startBoth();
        String ours = engine.getRuntimeService().startProcessInstanceByKey("removed", Map.of("summary", "first")).getId();
        String engines = plain.getRuntimeService().startProcessInstanceByKey("removed", Map.of("summary", "first")).getId();

        List<HistoricVariableUpdate> recorded = details(plain.getHistoryService(), engines);
        assertThat(recorded).extracting(HistoricVariableUpdate::getValue).contains("first");
        assertThat(details(engine.getHistoryService(), ours)).extracting(HistoricVariableUpdate::getValue)
                .containsExactlyInAnyOrderElementsOf(recorded.stream().map(HistoricVariableUpdate::getValue).toList());
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(ours)
                .includeDeleted().singleResult().getState()).isEqualTo("DELETED");
    }

    @Test
    void aValueRecordedBeforeTheRule_getsNoSecondFirstSetting() {
        String database = PluginEngine.newDatabase("before");
        plain = PluginEngine.start("before", "values.bpmn", DIAGRAM, false, database);
        String process = plain.getRuntimeService().startProcessInstanceByKey("values", Map.of("summary", "first")).getId();
        engine = PluginEngine.start("after", "values.bpmn", DIAGRAM, true, database);

        engine.getRuntimeService().setVariable(process, "summary", "second");

        assertThat(details(engine.getHistoryService(), process)).extracting(HistoricVariableUpdate::getValue)
                .containsExactly("first", "second");
    }

    @Test
    void aValueMovedToANewVersionOfTheDiagram_keepsItsFirstSetting() {
        startOurs();
        String process = engine.getRuntimeService().startProcessInstanceByKey("values", Map.of("summary", "first")).getId();
        engine.getRepositoryService().createDeployment().addString("values.bpmn", PluginEngine.definitions(DIAGRAM)).deploy();
        var versions = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("values")
                .orderByProcessDefinitionVersion().asc().list();
        var plan = engine.getRuntimeService().createMigrationPlan(versions.get(0).getId(), versions.get(1).getId())
                .mapEqualActivities().build();
        engine.getRuntimeService().newMigration(plan).processInstanceIds(process).execute();

        engine.getRuntimeService().setVariable(process, "summary", "second");

        assertThat(details(engine.getHistoryService(), process)).extracting(HistoricVariableUpdate::getValue)
                .containsExactly("first", "second");
        assertThat(details(engine.getHistoryService(), process).get(0).getProcessDefinitionId())
                .as("set while the process ran on the first version").isEqualTo(versions.get(0).getId());
    }

    @Test
    void aTasksOwnValue_isRecordedOnce_withItsTask() {
        startOurs();
        String process = engine.getRuntimeService().startProcessInstanceByKey("values").getId();
        String task = engine.getTaskService().createTaskQuery().processInstanceId(process).singleResult().getId();
        engine.getTaskService().setVariableLocal(task, "shownOnTheTask", "a note");

        assertThat(details(engine.getHistoryService(), process)).isEmpty();
        assertThat(ValueSettings.of(engine.getHistoryService(), process)).singleElement()
                .satisfies(setting -> assertThat(setting.getTaskId()).isEqualTo(task));
    }

    /** Set at the start, then changed twice, a minute apart: the details of the value, oldest first. */
    private static List<HistoricVariableUpdate> setThenChangeTwice(ProcessEngine engine) {
        ClockUtil.setCurrentTime(SET);
        String process = engine.getRuntimeService().startProcessInstanceByKey("values", Map.of("summary", "first")).getId();
        ClockUtil.setCurrentTime(new Date(SET.getTime() + 60_000));
        engine.getRuntimeService().setVariable(process, "summary", "second");
        ClockUtil.setCurrentTime(new Date(SET.getTime() + 120_000));
        engine.getRuntimeService().setVariable(process, "summary", "third");
        return details(engine.getHistoryService(), process);
    }

    /** Where a setting was made: the process itself, or the activity (by its id in the diagram). */
    private static String place(HistoricVariableUpdate setting) {
        return setting.getActivityInstanceId().equals(setting.getProcessInstanceId()) ? "the process"
                : setting.getActivityInstanceId().split(":")[0];
    }

    private static List<HistoricVariableUpdate> details(HistoryService history, String process) {
        return history.createHistoricDetailQuery().processInstanceId(process).variableUpdates().orderByTime().asc()
                .orderByVariableRevision().asc().list().stream().map(HistoricVariableUpdate.class::cast).toList();
    }
}
