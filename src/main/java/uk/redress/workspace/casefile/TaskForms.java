package uk.redress.workspace.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * The fields staff fill in on a finished task's form, as the form labels them: the task's {@code camunda:formRef}
 * in its diagram, read from the deployment its diagram came in (Redress deploys diagrams and forms together). A
 * deployed form never changes, so each is read once.
 */
@Component
class TaskForms {

    /** One field staff type into or choose in: its variable, its label, its kind and, for choices, their labels. */
    record Field(String key, String label, String type, Map<String, String> options) {
    }

    private final RepositoryService repositoryService;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, List<Field>> byDeploymentAndForm = new ConcurrentHashMap<>();

    TaskForms(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    List<Field> of(HistoricTaskInstance task) {
        if (task.getProcessDefinitionId() == null) {
            return List.of();
        }
        UserTask element = repositoryService.getBpmnModelInstance(task.getProcessDefinitionId())
                .getModelElementById(task.getTaskDefinitionKey());
        if (element == null || element.getCamundaFormRef() == null) {
            return List.of();
        }
        String deployment = repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getDeploymentId();
        return byDeploymentAndForm.computeIfAbsent(deployment + "/" + element.getCamundaFormRef(),
                key -> read(deployment, element.getCamundaFormRef()));
    }

    private List<Field> read(String deployment, String formRef) {
        Optional<String> resource = repositoryService.getDeploymentResourceNames(deployment).stream()
                .filter(name -> name.equals(formRef + ".form") || name.endsWith("/" + formRef + ".form")).findFirst();
        if (resource.isEmpty()) {
            return List.of();
        }
        try (InputStream in = repositoryService.getResourceAsStream(deployment, resource.get())) {
            List<Field> fields = new ArrayList<>();
            collect(json.readTree(in), fields);
            return List.copyOf(fields);
        } catch (IOException e) {
            return List.of();
        }
    }

    private static void collect(JsonNode node, List<Field> fields) {
        for (JsonNode component : node.path("components")) {
            boolean shownOnly = component.path("readonly").asBoolean(false)
                    || component.path("disabled").asBoolean(false);
            String label = component.hasNonNull("label") ? component.get("label").asText()
                    : component.path("dateLabel").asText("");
            if (component.hasNonNull("key") && !shownOnly && !label.isBlank()) {
                Map<String, String> options = new java.util.LinkedHashMap<>();
                component.path("values").forEach(value -> options.put(value.path("value").asText(),
                        value.path("label").asText()));
                fields.add(new Field(component.get("key").asText(), label, component.path("type").asText(), options));
            }
            collect(component, fields);
        }
    }
}
