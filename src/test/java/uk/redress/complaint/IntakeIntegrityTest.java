package uk.redress.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.redress.RedressSpringTest;

/** Either the complaint and its process both exist or neither does (concurrent references: ConcurrentIntakeIT). */
class IntakeIntegrityTest extends RedressSpringTest {

    @Autowired
    ComplaintIntake intake;
    @Autowired
    ComplaintRepository complaints;

    private static IntakeRequest request(String procedure) {
        return new IntakeRequest(procedure, LocalDate.of(2026, 11, 2), Channel.ONLINE_FORM,
                new IntakeRequest.ComplainantDetails("Jo Bloggs", null, null, null, false),
                "Council tax", "Bill sent twice", null, null, false, null, null);
    }

    @Test
    void aProcessThatFailsToStart_leavesNoComplaintBehind() {
        String broken = """
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                             xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="test">
                  <process id="broken-procedure" isExecutable="true" camunda:historyTimeToLive="1">
                    <extensionElements><camunda:properties>
                      <camunda:property name="referencePrefix" value="BRK" />
                    </camunda:properties></extensionElements>
                    <startEvent id="start" />
                    <sequenceFlow id="f1" sourceRef="start" targetRef="explode" />
                    <serviceTask id="explode" camunda:expression="${noSuchBean.explode()}" />
                    <sequenceFlow id="f2" sourceRef="explode" targetRef="end" />
                    <endEvent id="end" />
                  </process>
                </definitions>
                """;
        Deployment deployment = processEngine.getRepositoryService().createDeployment()
                .addString("broken.bpmn", broken).deploy();
        try {
            long complaintsBefore = complaints.count();
            assertThatThrownBy(() -> intake.receive(request("broken-procedure"))).hasMessageContaining("noSuchBean");
            assertThat(complaints.count()).isEqualTo(complaintsBefore);
            assertThat(complaints.findAll()).noneMatch(c -> c.getReference().startsWith("BRK-"));
            assertThat(processEngine.getRuntimeService().createProcessInstanceQuery()
                    .processDefinitionKey("broken-procedure").count()).isZero();
        } finally {
            processEngine.getRepositoryService().deleteDeployment(deployment.getId(), true);
        }
    }
}
