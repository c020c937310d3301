package uk.redress.audit;

import java.util.List;
import java.util.Map;

import uk.redress.complaint.Complaint;

/**
 * A complaint and the process instances of it the caller may read: the ones Redress started for it, their
 * sub-processes (shared stages) and the deliveries of its letters, each under its name.
 */
record ComplaintTree(Complaint complaint, List<ProcessEntry> processes) {

    List<String> ids() {
        return processes.stream().map(ProcessEntry::id).toList();
    }

    Map<String, String> names() {
        return processes.stream().collect(java.util.stream.Collectors.toMap(ProcessEntry::id, ProcessEntry::name));
    }
}
