package uk.redress.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.redress.RedressSpringTest;
import uk.redress.complaint.Channel;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.ComplaintIntake;
import uk.redress.complaint.IntakeRequest;

/**
 * Every user task of every deployed diagram gives staff a plain instruction as its description: never empty, never
 * the documentation's citations of the council's procedure (which stay in the diagram for the process owner).
 */
class TaskInstructionsTest extends RedressSpringTest {

    /** What a citation looks like: the seed documents, their sections and paragraphs, the modeller's assumptions. */
    private static final Pattern CITATION = Pattern.compile(
            "(?i)\\bseed\\b|\\bsections?\\b|\\bappendix\\b|\\bguidance\\b|\\bassumption|\\b\\d+\\.\\d+\\b|\\(\\d");

    @Autowired
    ComplaintIntake intake;

    private record Described(String where, String description) {
    }

    @Test
    void everyUserTaskOfEveryDiagram_isDescribedByAPlainInstruction() {
        List<Described> tasks = new ArrayList<>();
        var repository = (RepositoryServiceImpl) processEngine.getRepositoryService();
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
            var model = repository.getBpmnModelInstance(definition.getId());
            for (ActivityImpl activity : activities((ScopeImpl) repository.getDeployedProcessDefinition(definition.getId()))) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    var expression = behavior.getTaskDefinition().getDescriptionExpression();
                    String description = expression == null ? null : expression.getExpressionText();
                    UserTask task = model.getModelElementById(activity.getId());
                    String where = definition.getKey() + " " + activity.getId();
                    tasks.add(new Described(where, description));
                    task.getDocumentations().forEach(documentation -> assertThat(description).as(where)
                            .isNotEqualTo(documentation.getTextContent()));
                }
            }
        }

        assertThat(tasks).as("the diagrams' user tasks").hasSizeGreaterThanOrEqualTo(60);
        assertThat(tasks).allSatisfy(task -> {
            assertThat(task.description()).as(task.where()).isNotBlank();
            assertThat(CITATION.matcher(task.description()).find()).as(task.where() + ": " + task.description())
                    .isFalse();
        });
    }

    @Test
    void aTaskStaffOpenCarriesItsInstruction() {
        Complaint complaint = intake.receive(new IntakeRequest("harborough-corporate", LocalDate.of(2026, 11, 23),
                Channel.PHONE, new IntakeRequest.ComplainantDetails("Pat Caller", null, "01858 000111", null, false),
                "Parking", "Ticket machine broken", null, null, false, null, null));
        Task task = processEngine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(complaint.getReference()).singleResult();

        assertThat(task.getDescription()).isEqualTo("Contact the complainant and try to resolve the concern straight "
                + "away. If you cannot, or it is serious, refer it with a summary of what you have done.");
    }

    private static List<ActivityImpl> activities(ScopeImpl scope) {
        List<ActivityImpl> all = new ArrayList<>();
        for (ActivityImpl activity : scope.getActivities()) {
            all.add(activity);
            all.addAll(activities(activity));
        }
        return all;
    }
}
