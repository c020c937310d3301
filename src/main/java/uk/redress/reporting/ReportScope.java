package uk.redress.reporting;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import uk.redress.complaint.Procedures;
import uk.redress.notification.Councils;
import uk.redress.workspace.ProcedureChoices;

/**
 * Whose figures the signed-in member of staff may see: the procedures they may read, exactly as the workspace
 * decides (a council's staff their own procedures, auditors every one). A filter naming anything else narrows to
 * nothing rather than saying whether it exists.
 */
@Component
class ReportScope {

    private final ProcedureChoices choices;
    private final Councils councils;

    ReportScope(ProcedureChoices choices, Councils councils) {
        this.choices = choices;
        this.councils = councils;
    }

    List<Procedures.Procedure> readable() {
        return choices.readable();
    }

    boolean mayWork(String procedure) {
        return choices.mayWork(procedure);
    }

    /** Council (its folder name) to its readable procedures, for the council filter. */
    Map<String, List<String>> councils() {
        return readable().stream().collect(Collectors.groupingBy(p -> councils.of(p.key()), TreeMap::new,
                Collectors.mapping(Procedures.Procedure::key, Collectors.toList())));
    }

    /** The procedure keys the filters cover among those the caller may read. */
    List<String> procedures(ReportFilters filters) {
        return readable().stream().map(Procedures.Procedure::key)
                .filter(key -> filters.procedure() == null || key.equals(filters.procedure()))
                .filter(key -> filters.council() == null || councils.of(key).equals(filters.council()))
                .toList();
    }
}
