package uk.redress.retention;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The closed complaints whose history the engine has removed or may now remove: every process Redress started for
 * the complaint has ended and its removal time (its end plus its diagram's history time to live) has passed. A
 * complaint with any process still running, re-opened, or without a removal time is kept.
 */
@Component
class ComplaintsPastRetention {

    private final JdbcClient jdbc;
    private final HistoryService history;
    private final RepositoryService repository;

    ComplaintsPastRetention(JdbcClient jdbc, HistoryService history, RepositoryService repository) {
        this.jdbc = jdbc;
        this.history = history;
        this.repository = repository;
    }

    /** Up to {@code most} references, oldest closure first, that are past retention at {@code now}. */
    List<String> at(Instant now, int most) {
        Optional<Integer> shortest = shortestTimeToLiveDays();
        if (shortest.isEmpty()) {
            return List.of();
        }
        // none can be due before its closure is older than the shortest time to live: the engine is asked only
        // about those
        List<String> candidates = jdbc.sql("""
                        select reference from complaint
                        where status = 'CLOSED' and anonymised_at is null and closed_at < :cutoff
                        order by closed_at, reference""")
                .param("cutoff", Timestamp.from(now.minus(Duration.ofDays(shortest.get()))))
                .query(String.class).list();
        List<String> due = new ArrayList<>();
        for (int from = 0; from < candidates.size() && due.size() < most; from += 100) {
            List<String> slice = candidates.subList(from, Math.min(candidates.size(), from + 100));
            due.addAll(pastRemovalTime(slice, now));
        }
        return due.size() > most ? due.subList(0, most) : due;
    }

    private List<String> pastRemovalTime(List<String> references, Instant now) {
        Map<String, List<String>> processes = jdbc.sql("""
                        select complaint_reference, process_instance_id from complaint_process
                        where complaint_reference in (:references)""")
                .param("references", references)
                .query((row, n) -> Map.entry(row.getString(1), row.getString(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<String, HistoricProcessInstance> kept = history.createHistoricProcessInstanceQuery()
                .processInstanceIds(processes.values().stream().flatMap(Collection::stream)
                        .collect(Collectors.toSet()))
                .list().stream().collect(Collectors.toMap(HistoricProcessInstance::getId, Function.identity()));
        return references.stream()
                .filter(reference -> processes.getOrDefault(reference, List.of()).stream()
                        .map(kept::get).filter(Objects::nonNull).allMatch(instance -> past(instance, now)))
                .toList();
    }

    private static boolean past(HistoricProcessInstance instance, Instant now) {
        Date removal = instance.getRemovalTime();
        return instance.getEndTime() != null && removal != null && !removal.toInstant().isAfter(now);
    }

    private Optional<Integer> shortestTimeToLiveDays() {
        return repository.createProcessDefinitionQuery().list().stream()
                .map(ProcessDefinition::getHistoryTimeToLive).filter(Objects::nonNull)
                .min(Integer::compare);
    }
}
