package uk.redress.workspace;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;
import uk.redress.complaint.Procedures;
import uk.redress.problem.Forbidden;
import uk.redress.security.ProcedureAccess;

/**
 * The complaints procedures the signed-in member of staff may read, or record complaints under, by the same
 * authorizations as the API ({@link ProcedureAccess}); named as their diagrams name them.
 */
@Component
public class ProcedureChoices {

    private final RepositoryService repositoryService;
    private final Procedures procedures;
    private final ProcedureAccess access;

    ProcedureChoices(RepositoryService repositoryService, Procedures procedures, ProcedureAccess access) {
        this.repositoryService = repositoryService;
        this.procedures = procedures;
        this.access = access;
    }

    public List<Procedures.Procedure> readable() {
        return all().stream().filter(procedure -> access.canRead(procedure.key())).toList();
    }

    public List<Procedures.Procedure> startable() {
        return all().stream().filter(this::mayStart).toList();
    }

    /** May the signed-in member of staff act on this procedure's complaints (escalate, withdraw...)? */
    public boolean mayWork(String procedure) {
        try {
            access.requireWork(procedure);
            return true;
        } catch (Forbidden refused) {
            return false;
        }
    }

    public Optional<Procedures.Procedure> find(String key) {
        return procedures.find(key);
    }

    /** Every deployed complaints procedure (a diagram with a reference prefix), by name. */
    private List<Procedures.Procedure> all() {
        return repositoryService.createProcessDefinitionQuery().latestVersion().active().list().stream()
                .map(ProcessDefinition::getKey).distinct()
                .map(procedures::find).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Procedures.Procedure::name)).toList();
    }

    // ProcedureAccess answers "may start" and "may work" only by refusing; asking it keeps one source of truth
    private boolean mayStart(Procedures.Procedure procedure) {
        try {
            access.requireStart(procedure.key());
            return true;
        } catch (Forbidden refused) {
            return false;
        }
    }
}
