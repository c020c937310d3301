package uk.redress.selfassessment;

import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;

/**
 * A step as a process owner finds it in Modeler: its label and id; for a step of a shared stage, the call activity
 * of the procedure (whose inputs set it) and the shared diagram's own step.
 */
record DiagramElement(String id, String name, DiagramElement sharedStep, String sharedProcess) {

    static DiagramElement of(FlowElement element, FlowElement calledStep) {
        DiagramElement own = new DiagramElement(element.getId(), label(element), null, null);
        if (calledStep == null) {
            return own;
        }
        String process = calledStep.getParentElement() instanceof Process p ? p.getId() : "";
        return new DiagramElement(own.id, own.name, of(calledStep, null), process);
    }

    private static String label(FlowElement element) {
        return element.getName() == null ? "" : element.getName().replaceAll("\\s+", " ").trim();
    }

    /** "Start stage 1 clock (10 working days)" (Task_StartStage1Clock), and the shared step where there is one. */
    String describe() {
        // a shared step's label may be an expression the caller fills in (${taskName}): its id says enough then
        String own = name.isEmpty() || name.contains("${") ? id : "\u201c" + name + "\u201d (" + id + ")";
        return sharedStep == null ? own : own + ", through the shared stage " + sharedProcess + ": "
                + sharedStep.describe();
    }
}
