package uk.redress.selfassessment;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;

/** The expressions a step runs: its own, its listeners', its due date and its timer. */
final class Expressions {

    private Expressions() {
    }

    static List<String> of(BaseElement element) {
        List<String> expressions = new ArrayList<>();
        if (element instanceof ServiceTask task && task.getCamundaExpression() != null) {
            expressions.add(task.getCamundaExpression());
        }
        if (element instanceof UserTask task && task.getCamundaDueDate() != null) {
            expressions.add(task.getCamundaDueDate());
        }
        element.getChildElementsByType(TimerEventDefinition.class).stream()
                .filter(timer -> timer.getTimeDate() != null)
                .forEach(timer -> expressions.add(timer.getTimeDate().getTextContent()));
        if (element.getExtensionElements() != null) {
            element.getExtensionElements().getElementsQuery().filterByType(CamundaExecutionListener.class).list()
                    .stream().map(CamundaExecutionListener::getCamundaExpression).filter(e -> e != null)
                    .forEach(expressions::add);
        }
        return expressions;
    }

    /** A user task's listeners that run when it is completed (the step's answer), whatever else they run on. */
    static List<String> completionListeners(UserTask task) {
        if (task.getExtensionElements() == null) {
            return List.of();
        }
        return task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list().stream()
                .filter(listener -> "complete".equals(listener.getCamundaEvent()))
                .map(CamundaTaskListener::getCamundaExpression).filter(e -> e != null).toList();
    }
}
