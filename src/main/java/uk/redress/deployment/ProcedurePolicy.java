package uk.redress.deployment;

import java.util.Optional;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * A procedure's policy settings written in its diagram as process properties (e.g. ombudsmanLinkGroup,
 * suspendable, restrictionNoticeWorkingDays), read from the latest deployed version.
 */
@Component
public class ProcedurePolicy {

    private final RepositoryService repositoryService;

    public ProcedurePolicy(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    public Optional<String> property(String procedure, String name) {
        return latest(procedure).flatMap(definition -> ProcessProperties.value(
                repositoryService.getBpmnModelInstance(definition.getId()), procedure, name));
    }

    /** The deployed version new complaints of the procedure start on. */
    public Optional<ProcessDefinition> latest(String procedure) {
        return Optional.ofNullable(repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(procedure).latestVersion().singleResult());
    }
}
