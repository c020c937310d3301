package uk.redress.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The edges of the rule that keeps a called stage's unchanged copies out of its history, on a standalone engine
 * with Redress's plugin and two small diagrams: only what {@code <camunda:in variables="all"/>} hands over unchanged
 * is left out; a value the call gives of its own is recorded even when it equals the caller's.
 */
class CalledStageCopiesTest {

    private static final String CALLER = """
            <bpmn:process id="caller" isExecutable="true" camunda:historyTimeToLive="P1D">
              <bpmn:startEvent id="start" />
              <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="prepare" />
              <bpmn:userTask id="prepare" />
              <bpmn:sequenceFlow id="f2" sourceRef="prepare" targetRef="call" />
              <bpmn:callActivity id="call" calledElement="stage">
                <bpmn:extensionElements>
                  <camunda:in variables="all" />
                  <camunda:in sourceExpression="${'given'}" target="same" />
                  <camunda:in source="other" target="renamed" />
                </bpmn:extensionElements>
              </bpmn:callActivity>
              <bpmn:sequenceFlow id="f3" sourceRef="call" targetRef="end" />
              <bpmn:endEvent id="end" />
            </bpmn:process>
            <bpmn:process id="stage" isExecutable="true" camunda:historyTimeToLive="P1D">
              <bpmn:startEvent id="stageStart" />
              <bpmn:sequenceFlow id="s1" sourceRef="stageStart" targetRef="work" />
              <bpmn:userTask id="work" />
              <bpmn:sequenceFlow id="s2" sourceRef="work" targetRef="stageEnd" />
              <bpmn:endEvent id="stageEnd" />
            </bpmn:process>
            """;

    private ProcessEngine engine;

    @BeforeEach
    void startEngine() {
        engine = PluginEngine.start("called-stage-copies", "caller.bpmn", CALLER);
    }

    @AfterEach
    void stopEngine() {
        engine.close();
    }

    @Test
    void onlyUnchangedCopiesOfAllTheCallersValues_areLeftOutOfTheStagesHistory() {
        String caller = engine.getRuntimeService().startProcessInstanceByKey("caller",
                Map.of("copied", "x", "same", "given", "other", "y")).getId();
        engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(caller)
                .singleResult().getId());
        String stage = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(caller)
                .singleResult().getId();

        assertThat(engine.getRuntimeService().getVariables(stage))
                .containsEntry("copied", "x").containsEntry("same", "given").containsEntry("renamed", "y");
        assertThat(recorded(caller)).containsEntry("copied", "x").containsEntry("same", "given");
        // handed over unchanged: the caller's record is its record
        assertThat(recorded(stage)).doesNotContainKey("copied")
                // given by the call itself, even though it equals the caller's value of that name
                .containsEntry("same", "given")
                // given under another name
                .containsEntry("renamed", "y")
                // and what the stage holds by name "other" is the copy: left out too
                .doesNotContainKey("other");

        // a value given to the waiting stage later is recorded, even when it equals the caller's
        engine.getRuntimeService().setVariable(caller, "late", "z");
        engine.getRuntimeService().setVariableLocal(stage, "late", "z");
        assertThat(recorded(stage)).containsEntry("late", "z");
    }

    private Map<String, Object> recorded(String processInstanceId) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .list().stream()
                .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue));
    }
}
