package uk.redress.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Passes through exclusive gateways stay out of the step history; everything else a complaint's process does is
 * recorded, a parallel join that waits included (reopening a withdrawn complaint resumes from it), and an
 * event-based gateway where a complaint waits for a letter or a date. On a standalone engine with Redress's plugin
 * and two small processes.
 */
class RoutingHistoryTest {

    private static final String DIAGRAM = """
            <bpmn:process id="routing" isExecutable="true" camunda:historyTimeToLive="P1D">
              <bpmn:startEvent id="start" />
              <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="which" />
              <bpmn:exclusiveGateway id="which" default="f2" />
              <bpmn:sequenceFlow id="f2" sourceRef="which" targetRef="fork" />
              <bpmn:sequenceFlow id="f3" sourceRef="which" targetRef="end">
                <bpmn:conditionExpression>${false}</bpmn:conditionExpression>
              </bpmn:sequenceFlow>
              <bpmn:parallelGateway id="fork" />
              <bpmn:sequenceFlow id="f4" sourceRef="fork" targetRef="first" />
              <bpmn:sequenceFlow id="f5" sourceRef="fork" targetRef="second" />
              <bpmn:userTask id="first" />
              <bpmn:userTask id="second" />
              <bpmn:sequenceFlow id="f6" sourceRef="first" targetRef="join" />
              <bpmn:sequenceFlow id="f7" sourceRef="second" targetRef="join" />
              <bpmn:parallelGateway id="join" />
              <bpmn:sequenceFlow id="f8" sourceRef="join" targetRef="end" />
              <bpmn:endEvent id="end" />
            </bpmn:process>
            <bpmn:message id="reply" name="reply" />
            <bpmn:process id="waiting" isExecutable="true" camunda:historyTimeToLive="P1D">
              <bpmn:startEvent id="waitStart" />
              <bpmn:sequenceFlow id="w1" sourceRef="waitStart" targetRef="letterOrDate" />
              <bpmn:eventBasedGateway id="letterOrDate" />
              <bpmn:sequenceFlow id="w2" sourceRef="letterOrDate" targetRef="replied" />
              <bpmn:sequenceFlow id="w3" sourceRef="letterOrDate" targetRef="daysPassed" />
              <bpmn:intermediateCatchEvent id="replied">
                <bpmn:messageEventDefinition messageRef="reply" />
              </bpmn:intermediateCatchEvent>
              <bpmn:intermediateCatchEvent id="daysPassed">
                <bpmn:timerEventDefinition>
                  <bpmn:timeDuration>P90D</bpmn:timeDuration>
                </bpmn:timerEventDefinition>
              </bpmn:intermediateCatchEvent>
              <bpmn:sequenceFlow id="w4" sourceRef="replied" targetRef="waitEnd" />
              <bpmn:sequenceFlow id="w5" sourceRef="daysPassed" targetRef="waitEnd" />
              <bpmn:endEvent id="waitEnd" />
            </bpmn:process>
            """;

    private ProcessEngine engine;

    @BeforeEach
    void startEngine() {
        engine = PluginEngine.start("routing-history", "routing.bpmn", DIAGRAM);
    }

    @AfterEach
    void stopEngine() {
        engine.close();
    }

    @Test
    void exclusiveGatewaysAreLeftOut_andAWaitingJoinIsRecorded() {
        String process = engine.getRuntimeService().startProcessInstanceByKey("routing").getId();
        engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(process)
                .taskDefinitionKey("first").singleResult().getId());

        assertThat(steps(process)).containsExactlyInAnyOrder("start", "fork", "first", "second", "join");

        // a withdrawal stops the process while the join waits: the join is recorded as stopped there
        engine.getRuntimeService().deleteProcessInstance(process, "withdrawn");
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(process)
                .canceled().list()).extracting(HistoricActivityInstance::getActivityId)
                .containsExactlyInAnyOrder("second", "join");
    }

    @Test
    void aProcessThatRunsToItsEnd_hasEveryStepButTheGatewaysPassThrough() {
        String process = engine.getRuntimeService().startProcessInstanceByKey("routing").getId();
        engine.getTaskService().createTaskQuery().processInstanceId(process).list()
                .forEach(task -> engine.getTaskService().complete(task.getId()));

        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(process)
                .finished().count()).isOne();
        assertThat(steps(process)).containsExactlyInAnyOrder("start", "fork", "first", "second", "join", "join", "end");
    }

    @Test
    void anEventBasedGatewayWhereTheComplaintWaits_isRecorded() {
        String process = engine.getRuntimeService().startProcessInstanceByKey("waiting").getId();
        assertThat(steps(process)).containsExactlyInAnyOrder("waitStart", "letterOrDate");

        engine.getRuntimeService().correlateMessage("reply");
        assertThat(steps(process)).containsExactlyInAnyOrder("waitStart", "letterOrDate", "replied", "waitEnd");
    }

    private List<String> steps(String process) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(process).list()
                .stream().map(HistoricActivityInstance::getActivityId).toList();
    }
}
