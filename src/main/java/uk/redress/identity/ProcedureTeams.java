package uk.redress.identity;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;
import uk.redress.deployment.ProcessProperties;

/**
 * The staff groups each deployed procedure uses, read from its diagram: every static candidate group of its
 * user tasks, plus the groups named in the process property {@code staffGroups} (for tasks whose group is an
 * expression). The diagram stays the one place that says who does what.
 */
@Component
public class ProcedureTeams {

    static final String STAFF_GROUPS = "staffGroups";

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
            ProcessProperties.value(model, definition.getKey(), STAFF_GROUPS).ifPresent(list -> addAll(groups, list));
            if (!groups.isEmpty()) {
                result.put(definition.getKey(), groups);
            }
        }
        return result;
    }

    private static void addAll(Set<String> groups, String list) {
        if (list == null || list.contains("${") || list.contains("#{")) {
            return;
        }
        Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(groups::add);
    }
}
