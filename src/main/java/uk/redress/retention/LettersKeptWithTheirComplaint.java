package uk.redress.retention;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.redress.complaint.ComplaintProgressed;
import uk.redress.engine.HistoryRemovalTimes;
import uk.redress.notification.Letters;
import uk.redress.security.WithoutAuthorization;

/**
 * A complaint's letter deliveries are processes of their own ({@code send-letter}), each the root of its history,
 * so the engine would count their time to live from when each letter went: the acknowledgement's history would go
 * months (or, after a second stage and the Ombudsman, years) before the complaint's. When a complaint closes, its
 * delivered letters are given the removal time the complaint's own history gets (its diagram's time to live from
 * now), so the engine removes the complaint's history whole, and Redress its personal details, by one rule. Letters
 * still on their way end later and keep their own, later, removal time; a re-opened complaint moves them again
 * when it closes again.
 */
@Component
class LettersKeptWithTheirComplaint {

    private final HistoryService history;
    private final RepositoryService repository;
    private final HistoryRemovalTimes removalTimes;
    private final WithoutAuthorization withoutAuthorization;
    private final Clock clock;

    LettersKeptWithTheirComplaint(HistoryService history, RepositoryService repository,
                                  HistoryRemovalTimes removalTimes, WithoutAuthorization withoutAuthorization,
                                  Clock clock) {
        this.history = history;
        this.repository = repository;
        this.removalTimes = removalTimes;
        this.withoutAuthorization = withoutAuthorization;
        this.clock = clock;
    }

    @EventListener(condition = "#event.closed()")
    void closed(ComplaintProgressed event) {
        if (!(event.variables() instanceof DelegateExecution execution)) {
            return;
        }
        Integer days = repository.getProcessDefinition(root(execution).getProcessDefinitionId())
                .getHistoryTimeToLive();
        if (days == null) {
            return; // the complaint's history is kept for ever: so are its letters'
        }
        Date removal = Date.from(clock.instant().plus(Duration.ofDays(days)));
        List<String> delivered = withoutAuthorization.run(() -> history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(Letters.DELIVERY_PROCESS)
                .variableValueEquals("complaintReference", event.complaint().getReference()).finished().list())
                .stream().filter(letter -> letter.getRemovalTime() == null || letter.getRemovalTime().before(removal))
                .map(HistoricProcessInstance::getId).toList();
        removalTimes.set(delivered, removal);
    }

    private static DelegateExecution root(DelegateExecution execution) {
        DelegateExecution instance = execution.getProcessInstance();
        while (instance.getSuperExecution() != null) {
            instance = instance.getSuperExecution().getProcessInstance();
        }
        return instance;
    }
}
