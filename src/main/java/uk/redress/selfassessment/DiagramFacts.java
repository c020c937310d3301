package uk.redress.selfassessment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;

/**
 * What a procedure's diagram says about the Code's concerns: the clocks it opens (and in which stage), the
 * extensions it allows and the letters they send, the steps that answer each stage and whom they refuse, and the
 * stages it names. Steps of a shared stage (a call activity such as {@code respond-within-deadline}) are read from the
 * called diagram with the caller's inputs, and reported as the call activity, which is where a process owner changes
 * them.
 */
final class DiagramFacts {

    record Clock(String name, String from, String days, String stage, DiagramElement where) {
    }

    record Extension(String clock, String maximum, DiagramElement where, List<String> letters) {
    }

    record Respond(String clock, String groups, DiagramElement where, List<String> refused) {
    }

    record NamedStage(String stage, DiagramElement where) {
    }

    final List<Clock> clocks = new ArrayList<>();
    final List<Extension> extensions = new ArrayList<>();
    final List<Respond> responds = new ArrayList<>();
    final List<NamedStage> stages = new ArrayList<>();

    /** Reads the procedure; {@code called} gives the deployed diagram of a called process by its key. */
    static DiagramFacts read(BpmnModelInstance model, String key, Function<String, BpmnModelInstance> called) {
        DiagramFacts facts = new DiagramFacts();
        Map<BaseElement, String> stageOf = stages(model, model.getModelElementById(key));
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            DiagramElement where = DiagramElement.of(element, null);
            String stage = stageOf.get(element instanceof SequenceFlow flow ? flow.getSource() : element);
            facts.readExpressions(element, stage, where, Map.of());
            if (element instanceof UserTask task) {
                facts.readRespond(task, where, Map.of());
            }
            BpmnModelInstance calledModel = element instanceof CallActivity call
                    ? called.apply(call.getCalledElement()) : null;
            if (calledModel != null) {
                facts.readCall((CallActivity) element, calledModel, stage);
            }
        }
        return facts;
    }

    private void readCall(CallActivity call, BpmnModelInstance calledModel, String stage) {
        Map<String, String> inputs = new HashMap<>();
        if (call.getExtensionElements() != null) {
            call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list().stream()
                    .filter(in -> in.getCamundaTarget() != null && in.getCamundaSourceExpression() != null)
                    .forEach(in -> inputs.put(in.getCamundaTarget(), in.getCamundaSourceExpression()));
        }
        for (FlowElement element : calledModel.getModelElementsByType(FlowElement.class)) {
            DiagramElement where = DiagramElement.of(call, element);
            readExpressions(element, stage, where, inputs);
            // what a shared stage opens itself (a fresh clock on re-opening) and the stage names it records are not
            // the procedure's timescales: only its extensions and its answering steps, set by the caller's inputs
            clocks.removeIf(clock -> clock.where().equals(where));
            stages.removeIf(named -> named.where().equals(where));
            if (element instanceof UserTask task) {
                readRespond(task, where, inputs);
            }
        }
    }

    private void readExpressions(FlowElement element, String stage, DiagramElement where, Map<String, String> inputs) {
        List<String> expressions = Expressions.of(element);
        List<String> letters = new ArrayList<>();
        expressions.forEach(e -> ExpressionCalls.calls(e, "letters.send").stream().filter(a -> a.size() > 1)
                .forEach(a -> letters.add(ExpressionCalls.resolve(a.get(1), inputs))));
        for (String expression : expressions) {
            for (String function : List.of("deadlines.open", "deadlines.openNoEarlierThan")) {
                ExpressionCalls.calls(expression, function).stream().filter(a -> a.size() >= 4).forEach(a -> clocks.add(
                        new Clock(ExpressionCalls.resolve(a.get(1), inputs), a.get(2),
                                ExpressionCalls.resolve(a.get(3), inputs), stage, where)));
            }
            ExpressionCalls.calls(expression, "deadlines.extendTo").stream().filter(a -> a.size() >= 3)
                    .forEach(a -> extensions.add(new Extension(ExpressionCalls.resolve(a.get(1), inputs),
                            a.size() > 3 ? ExpressionCalls.resolve(a.get(3), inputs) : null, where, letters)));
            ExpressionCalls.calls(expression, "complaints.stage").stream().filter(a -> a.size() > 1)
                    .forEach(a -> stages.add(new NamedStage(ExpressionCalls.resolve(a.get(1), inputs), where)));
        }
    }

    private void readRespond(UserTask task, DiagramElement where, Map<String, String> inputs) {
        List<List<String>> due = ExpressionCalls.calls(task.getCamundaDueDate(), "deadlines.due");
        if (due.isEmpty() || due.get(0).size() < 2) {
            return;
        }
        String clock = ExpressionCalls.resolve(due.get(0).get(1), inputs);
        String groups = ExpressionCalls.resolve("'" + task.getCamundaCandidateGroups() + "'", Map.of());
        if (task.getCamundaCandidateGroups() != null && task.getCamundaCandidateGroups().startsWith("${")) {
            groups = ExpressionCalls.resolve(task.getCamundaCandidateGroups(), inputs);
        }
        List<String> refused = new ArrayList<>();
        Expressions.completionListeners(task).forEach(e -> ExpressionCalls.calls(e, "stageHandlers.refuse").stream()
                .filter(a -> a.size() > 1).forEach(a -> refused.add(ExpressionCalls.resolve(a.get(1), inputs))));
        responds.add(new Respond(clock, groups, where, refused));
    }

    /** The stage each step is in: set by a step's {@code complaints.stage} listener, else its predecessor's. */
    private static Map<BaseElement, String> stages(BpmnModelInstance model, Process process) {
        Map<BaseElement, String> stageOf = new HashMap<>();
        Deque<FlowNode> queue = new ArrayDeque<>();
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            if (start.getParentElement() == process) {
                queue.add(start);
                stageOf.put(start, null);
            }
        }
        while (!queue.isEmpty()) {
            FlowNode node = queue.poll();
            String stage = Expressions.of(node).stream()
                    .flatMap(e -> ExpressionCalls.calls(e, "complaints.stage").stream())
                    .filter(a -> a.size() > 1).map(a -> ExpressionCalls.resolve(a.get(1), Map.of()))
                    .reduce((first, second) -> second).orElse(stageOf.get(node));
            stageOf.put(node, stage);
            List<FlowNode> next = new ArrayList<>();
            node.getOutgoing().forEach(flow -> next.add(flow.getTarget()));
            model.getModelElementsByType(BoundaryEvent.class).stream()
                    .filter(boundary -> boundary.getAttachedTo() == node).forEach(next::add);
            for (FlowNode following : next) {
                if (!stageOf.containsKey(following)) {
                    stageOf.put(following, stage);
                    queue.add(following);
                }
            }
        }
        return stageOf;
    }
}
