package uk.redress.audit;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Component;
import uk.redress.complaint.Complaint;
import uk.redress.problem.NotFound;

/**
 * A complaint's whole history for Cockpit, read through the engine's history service as the signed-in user:
 * what it is and which processes it is made of, then each part a page at a time. Read-only throughout.
 */
@Component
public class ComplaintHistories {

    /** What Cockpit shows above the parts: the complaint and its processes, grouped under it. */
    record Summary(String reference, String procedure, String stage, String status, String received, String closed,
                   List<ProcessEntry> processes, List<String> parts) {
    }

    private final ComplaintTrees trees;
    private final Map<String, HistoryPart> parts;
    private final AuditWording wording;

    ComplaintHistories(ComplaintTrees trees, List<HistoryPart> parts, AuditWording wording) {
        this.trees = trees;
        this.parts = parts.stream().collect(Collectors.toMap(HistoryPart::name, Function.identity()));
        this.wording = wording;
    }

    Summary summary(ProcessEngine engine, String reference) {
        ComplaintTree tree = trees.of(engine, reference);
        Complaint complaint = tree.complaint();
        String procedure = tree.processes().stream().filter(process -> "complaint".equals(process.group()))
                .map(ProcessEntry::name).findFirst().orElse(wording.words(complaint.getProcedure()));
        return new Summary(complaint.getReference(), procedure, wording.words(complaint.getStage()),
                wording.words(complaint.getStatus()), wording.date(complaint.getReceivedOn()),
                wording.moment(complaint.getClosedAt()), tree.processes(),
                List.of("steps", "changes", "operations", "letters", "incidents"));
    }

    HistoryPage part(ProcessEngine engine, String reference, String name, int page) {
        HistoryPart part = parts.get(name);
        if (part == null) {
            throw new NotFound("A complaint's history has no part " + name);
        }
        return part.page(trees.of(engine, reference), engine.getHistoryService(), page);
    }
}
