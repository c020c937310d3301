package uk.redress.deployment;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/** Reads a process-level extension property (Modeler: the process's "Extension properties") of a diagram. */
public final class ProcessProperties {

    private ProcessProperties() {
    }

    public static Optional<String> value(BpmnModelInstance model, String processKey, String name) {
        Process process = model.getModelElementById(processKey);
        if (process == null || process.getExtensionElements() == null) {
            return Optional.empty();
        }
        return process.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> name.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .filter(value -> value != null && !value.isBlank())
                .findFirst();
    }

    /** A property holding a comma-separated list (e.g. {@code finalOutcomes}, {@code staffGroups}): its items. */
    public static List<String> items(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(item -> !item.isEmpty()).toList();
    }
}
