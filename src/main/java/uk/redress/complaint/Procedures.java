package uk.redress.complaint;

import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.stereotype.Component;
import uk.redress.deployment.ProcessProperties;

/**
 * The complaints procedures deployed to the engine. A process is a complaints procedure when its diagram
 * declares the extension property {@code referencePrefix} (e.g. HDC): the council's own prefix lives in its
 * diagram, not in Java.
 */
@Component
public class Procedures {

    static final String REFERENCE_PREFIX = "referencePrefix";

    private final RepositoryService repositoryService;
    /**
     * The prefix of each deployed version read so far. A version's diagram never changes (a new deployment makes a
     * new version, with a new id), so nothing here goes stale: which version is the latest active one is asked of
     * the engine every time, and suspending or deploying is seen at once.
     */
    private final Cache<String, Optional<String>> prefixes = Caffeine.newBuilder().maximumSize(1_000).build();

    public Procedures(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    public record Procedure(String key, String name, String referencePrefix, String definitionId) {
    }

    public Optional<Procedure> find(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(key).latestVersion().active().singleResult();
        if (definition == null) {
            return Optional.empty();
        }
        return referencePrefix(definition)
                .map(prefix -> new Procedure(key, definition.getName(), prefix, definition.getId()));
    }

    private Optional<String> referencePrefix(ProcessDefinition definition) {
        return prefixes.get(definition.getId(), id -> {
            BpmnModelInstance model = repositoryService.getBpmnModelInstance(id);
            return ProcessProperties.value(model, definition.getKey(), REFERENCE_PREFIX);
        });
    }
}
