package uk.redress.notification;

import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

import uk.redress.deployment.ProcedurePolicy;

/**
 * Which council a procedure belongs to: the folder its diagram sits in under {@code processes/} (for example
 * {@code processes/harborough/harborough-corporate.bpmn} is Harborough's). The letters folder uses the same names,
 * so no council is named in Java.
 */
@Component
public class Councils {

    private final ProcedurePolicy procedures;
    /** A procedure's folder is fixed for as long as the application runs (diagrams are deployed at start-up). */
    private final java.util.Map<String, String> folders = new java.util.concurrent.ConcurrentHashMap<>();

    public Councils(ProcedurePolicy procedures) {
        this.procedures = procedures;
    }

    public String of(String procedure) {
        return folders.computeIfAbsent(procedure, this::lookUp);
    }

    private String lookUp(String procedure) {
        ProcessDefinition definition = procedures.latest(procedure)
                .orElseThrow(() -> new IllegalArgumentException("No procedure '" + procedure + "' is deployed"));
        return folderOf(definition.getResourceName());
    }

    static String folderOf(String resourceName) {
        String[] parts = resourceName.replace('\\', '/').split("/");
        if (parts.length < 3 || !"processes".equals(parts[parts.length - 3])) {
            throw new IllegalArgumentException("The diagram " + resourceName
                    + " is not in a council's folder under processes/");
        }
        return parts[parts.length - 2];
    }
}
