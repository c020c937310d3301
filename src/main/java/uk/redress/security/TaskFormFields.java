package uk.redress.security;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.springframework.stereotype.Component;

/**
 * The fields of a task's form (its Camunda Form, {@code camunda:formRef}), each with whether staff may change it:
 * completing a task may set exactly those variables, so a form is the one way staff change a complaint's data.
 */
@Component
class TaskFormFields {

    private final FormService formService;
    private final WithoutAuthorization withoutAuthorization;
    private final ObjectMapper json = new ObjectMapper();

    TaskFormFields(FormService formService, WithoutAuthorization withoutAuthorization) {
        this.formService = formService;
        this.withoutAuthorization = withoutAuthorization;
    }

    /**
     * A task's form, read once: {@code fields}, field key to {@code true} where staff may type into it and
     * {@code false} where it only shows a value; {@code sentWhen}, the condition under which a field's text goes
     * into a letter, from the field's custom property {@code sentWhen} ("responseAction=respond"): the field, the
     * variable that chooses it and its value.
     */
    record TaskForm(Map<String, Boolean> fields, Map<String, String[]> sentWhen) {
    }

    TaskForm of(String taskId) {
        Map<String, Boolean> fields = new LinkedHashMap<>();
        Map<String, String[]> conditions = new LinkedHashMap<>();
        JsonNode form = withoutAuthorization.run(() -> read(taskId));
        if (form != null) {
            collect(form, fields);
            collectSentWhen(form, conditions);
        }
        return new TaskForm(fields, conditions);
    }

    private static void collectSentWhen(JsonNode node, Map<String, String[]> conditions) {
        for (JsonNode component : node.path("components")) {
            String when = component.path("properties").path("sentWhen").asText("");
            if (component.hasNonNull("key") && when.contains("=")) {
                conditions.put(component.get("key").asText(), when.split("=", 2));
            }
            collectSentWhen(component, conditions);
        }
    }

    private JsonNode read(String taskId) {
        try (InputStream in = formService.getDeployedTaskForm(taskId)) {
            return json.readTree(in);
        } catch (IOException | RuntimeException e) {
            // no Camunda Form: nothing may be set through it
            return null;
        }
    }

    private static void collect(JsonNode node, Map<String, Boolean> fields) {
        for (JsonNode component : node.path("components")) {
            if (component.hasNonNull("key")) {
                boolean shownOnly = component.path("readonly").asBoolean(false)
                        || component.path("disabled").asBoolean(false);
                fields.merge(component.get("key").asText(), !shownOnly, Boolean::logicalOr);
            }
            collect(component, fields);
        }
    }
}
