package uk.redress.engine;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.el.FixedValue;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * What staff read as a task's description: the plain instruction the diagram gives the step (an extension property
 * {@code instruction}), not its documentation. The engine copies a user task's documentation into the task's
 * description, and the diagrams' documentation cites the council's procedure for the process owner, which is no
 * instruction to the officer doing the work. A user task without an instruction keeps the engine's behaviour
 * ({@code TaskInstructionsTest} makes sure every diagram gives one).
 */
class TaskInstructions extends AbstractBpmnParseListener {

    static final String PROPERTY = "instruction";

    @Override
    public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
        instruction(userTask).ifPresent(text -> {
            if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                behavior.getTaskDefinition().setDescriptionExpression(new FixedValue(text));
            }
        });
    }

    /** The {@code <camunda:property name="instruction" value="..."/>} of the task's extension elements. */
    static Optional<String> instruction(Element userTask) {
        return children(userTask, "extensionElements").stream()
                .flatMap(extensions -> children(extensions, "properties").stream())
                .flatMap(properties -> children(properties, "property").stream())
                .filter(property -> PROPERTY.equals(property.attribute("name")))
                .map(property -> property.attribute("value"))
                .filter(value -> value != null && !value.isBlank())
                .map(String::strip)
                .findFirst();
    }

    /** Children by local name: the extension namespace differs between engines (camunda, operaton). */
    private static List<Element> children(Element parent, String localName) {
        return parent.elements().stream().filter(child -> localName.equals(child.getTagName())).toList();
    }
}
