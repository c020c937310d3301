package uk.redress.exclusion;

import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.springframework.stereotype.Component;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.ComplaintRepository;
import uk.redress.complaint.People;

/**
 * Finds the facts of {@link ScreeningFacts} for a complaint: its dates, and earlier complaints by the same person
 * (same email, same telephone digits, or same name and address) about the same service area.
 */
@Component
class ScreeningFactFinder {

    /** Outcomes that mean the council gave its final answer (the procedure was used to its end or not pursued). */
    private static final String[] FINAL_OUTCOMES = {"responded", "stage2-refused"};
    private static final String OMBUDSMAN_PROCESS = "ombudsman-enquiry";

    private final ComplaintRepository complaints;
    private final HistoryService historyService;

    ScreeningFactFinder(ComplaintRepository complaints, HistoryService historyService) {
        this.complaints = complaints;
        this.historyService = historyService;
    }

    ScreeningFacts factsOf(Complaint complaint) {
        Optional<Complaint> earlier = Optional.empty();
        boolean ombudsman = false;
        if (!complaint.getComplainant().isAnonymous()) {
            for (Complaint candidate : complaints.findClosedAbout(complaint.getProcedure(), complaint.getServiceArea(),
                    complaint.getReference())) {
                if (!People.samePerson(candidate.getComplainant(), complaint.getComplainant())) {
                    continue;
                }
                if (hadOmbudsmanEnquiry(candidate.getReference())) {
                    ombudsman = true;
                }
                if (earlier.isEmpty() && isFinal(candidate.getOutcome())) {
                    earlier = Optional.of(candidate);
                }
            }
        }
        return new ScreeningFacts(
                ScreeningFacts.atLeastOneYearOld(complaint.getEventDate(), complaint.getReceivedOn()),
                ScreeningFacts.moreThanOneYearOld(complaint.getEventDate(), complaint.getReceivedOn()),
                earlier.map(Complaint::getReference), ombudsman, complaint.getConcurrentProceedings(),
                complaint.getSubject().name(), complaint.getProcedure());
    }

    private boolean hadOmbudsmanEnquiry(String reference) {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(OMBUDSMAN_PROCESS)
                .processInstanceBusinessKey(reference).count() > 0;
    }

    private static boolean isFinal(String outcome) {
        if (outcome == null) {
            return false;
        }
        for (String prefix : FINAL_OUTCOMES) {
            if (outcome.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

}
