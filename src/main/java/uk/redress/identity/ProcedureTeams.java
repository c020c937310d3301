package uk.redress.identity;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.springframework.stereotype.Component;
import uk.redress.deployment.ProcessProperties;

/**
 * The staff groups each deployed procedure uses, read from its diagram: the candidate groups of its user tasks
 * (names quoted inside an expression included), the groups its call activities pass to shared stages (inputs
 * whose target ends in {@code Group}, e.g. {@code respondGroup}), and the process property {@code staffGroups}.
 * The diagram stays the one place that says who does what.
 */
@Component
public class ProcedureTeams {

    static final String STAFF_GROUPS = "staffGroups";
    static final String APPOINTED_ONLY_GROUPS = "appointedOnlyGroups";
    /** A group id quoted inside an expression, e.g. 'harborough-directors'. */
    private static final Pattern QUOTED_NAME = Pattern.compile("'([a-z0-9][a-z0-9._-]*)'");

    private final RepositoryService repositoryService;

    public ProcedureTeams(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    /** Procedure key to the groups that work it, for the latest version of each deployed process. */
    public Map<String, Set<String>> groupsByProcedure() {
        Map<String, Set<String>> result = new TreeMap<>();
        for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
            BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
            Set<String> groups = new TreeSet<>();
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                addAll(groups, task.getCamundaCandidateGroups());
            }
            for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
                if (call.getExtensionElements() == null) {
                    continue;
                }
                call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list().stream()
                        .filter(in -> in.getCamundaTarget() != null && in.getCamundaTarget().endsWith("Group"))
                        .forEach(in -> addAll(groups, in.getCamundaSourceExpression()));
            }
            ProcessProperties.value(model, definition.getKey(), STAFF_GROUPS).ifPresent(list -> addAll(groups, list));
            if (!groups.isEmpty()) {
                result.put(definition.getKey(), groups);
            }
        }
        return result;
    }

    /**
     * Procedure key to the groups whose members see only the complaints they are appointed to (process property
     * {@code appointedOnlyGroups}), e.g. Independent Investigators.
     */
    public Map<String, Set<String>> appointedOnlyGroupsByProcedure() {
        Map<String, Set<String>> result = new TreeMap<>();
        for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
            BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
            ProcessProperties.value(model, definition.getKey(), APPOINTED_ONLY_GROUPS).ifPresent(list -> {
                Set<String> groups = new TreeSet<>();
                addAll(groups, list);
                result.put(definition.getKey(), groups);
            });
        }
        return result;
    }

    /**
     * Procedure key to the processes its diagram calls (the shared stages), and those they call in turn: its team
     * must be able to read those definitions for the engine to start them when a team member completes a step.
     */
    public Map<String, Set<String>> calledByProcedure() {
        Map<String, Set<String>> direct = new TreeMap<>();
        for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
            BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
            Set<String> called = new TreeSet<>();
            for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
                if (call.getCalledElement() != null && !call.getCalledElement().contains("${")) {
                    called.add(call.getCalledElement());
                }
            }
            direct.put(definition.getKey(), called);
        }
        Map<String, Set<String>> result = new TreeMap<>();
        direct.keySet().forEach(key -> {
            Set<String> all = new TreeSet<>();
            java.util.Deque<String> next = new java.util.ArrayDeque<>(direct.get(key));
            while (!next.isEmpty()) {
                String called = next.pop();
                if (all.add(called)) {
                    next.addAll(direct.getOrDefault(called, Set.of()));
                }
            }
            result.put(key, all);
        });
        return result;
    }

    private static void addAll(Set<String> groups, String list) {
        if (list == null) {
            return;
        }
        if (list.contains("${") || list.contains("#{")) {
            Matcher quoted = QUOTED_NAME.matcher(list);
            while (quoted.find()) {
                groups.add(quoted.group(1));
            }
            return;
        }
        groups.addAll(ProcessProperties.items(list));
    }
}
