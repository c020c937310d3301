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

    /** What a query per process instance finds, all together (the engine's queries take one instance at a time). */
    <T> List<T> fromEach(java.util.function.Function<String, List<T>> query) {
        List<T> all = new java.util.ArrayList<>();
        ids().forEach(id -> all.addAll(query.apply(id)));
        return all;
    }

    Map<String, String> names() {
        return processes.stream().collect(java.util.stream.Collectors.toMap(ProcessEntry::id, ProcessEntry::name));
    }
}
