package uk.redress.audit;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Component;

/** What staff did to the complaint's processes (claimed, assigned, completed a task...): who, when, what changed. */
@Component
class OperationHistory implements HistoryPart {

    private static final Map<String, String> OPERATIONS = Map.ofEntries(
            Map.entry("Complete", "Finished a task"),
            Map.entry("Claim", "Took a task"),
            Map.entry("Assign", "Gave a task to someone"),
            Map.entry("Delegate", "Passed a task on"),
            Map.entry("SetOwner", "Set a task's owner"),
            Map.entry("Update", "Changed a task"),
            Map.entry("Create", "Created"),
            Map.entry("Delete", "Deleted"),
            Map.entry("SetVariable", "Changed a detail"),
            Map.entry("ModifyVariable", "Changed details"),
            Map.entry("RemoveVariable", "Removed a detail"),
            Map.entry("Suspend", "Suspended"),
            Map.entry("Activate", "Resumed"),
            Map.entry("AddAttachment", "Added an attachment"),
            Map.entry("DeleteAttachment", "Removed an attachment"),
            Map.entry("AddUserLink", "Added a person to a task"),
            Map.entry("DeleteUserLink", "Removed a person from a task"),
            Map.entry("AddGroupLink", "Added a team to a task"),
            Map.entry("DeleteGroupLink", "Removed a team from a task"),
            Map.entry("SetJobRetries", "Retried a failed step"),
            Map.entry("Resolve", "Resolved a task"));

    record Operation(String process, String when, String who, String what, String detail, String from, String to) {
    }

    private final AuditWording wording;

    OperationHistory(AuditWording wording) {
        this.wording = wording;
    }

    @Override
    public String name() {
        return "operations";
    }

    @Override
    public HistoryPage page(ComplaintTree tree, HistoryService history, int page) {
        List<UserOperationLogEntry> entries = tree.fromEach(id -> history.createUserOperationLogQuery()
                .processInstanceId(id).list());
        entries.sort(Comparator.comparing(UserOperationLogEntry::getTimestamp).thenComparing(UserOperationLogEntry::getId));
        Map<String, String> names = tree.names();
        List<Operation> operations = entries.stream().map(entry -> new Operation(
                names.getOrDefault(entry.getProcessInstanceId(), ""), wording.moment(entry.getTimestamp()),
                entry.getUserId() == null ? "Redress" : entry.getUserId(),
                OPERATIONS.getOrDefault(entry.getOperationType(), wording.words(entry.getOperationType())),
                wording.words(entry.getProperty()), text(entry.getOrgValue()), text(entry.getNewValue()))).toList();
        return HistoryPage.of(name(), operations, page);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
