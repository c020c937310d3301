package uk.redress.exclusion;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a machine can establish about a new complaint before anyone reads it. Each council's exclusion table
 * (DMN) decides which facts are grounds; the facts themselves are the same for every council.
 *
 * @param eventAtLeastOneYearOld  the complaint came on or after the event's first anniversary ("12 months old
 *                                or older", Harborough 6.1 l)
 * @param eventMoreThanOneYearOld the complaint came after that anniversary ("more than one year", Leicestershire,
 *                                Warwickshire, the county council)
 * @param earlierComplaint        reference of an earlier complaint by the same person about the same service area
 *                                that received a final response, if any
 * @param investigatedByOmbudsman that earlier complaint (or another about the same matter) went to the Ombudsman
 */
public record ScreeningFacts(boolean eventAtLeastOneYearOld, boolean eventMoreThanOneYearOld,
                             Optional<String> earlierComplaint, boolean investigatedByOmbudsman,
                             String concurrentProceedings, String subject, String procedure) {

    /**
     * The age tests count from the event's first anniversary: an event on 28 February 2027 is a year old on
     * 28 February 2028 (so a complaint on 29 February 2028 is one day over), and one on 29 February 2028 is a year
     * old on 28 February 2029, the anniversary in a year without a 29th.
     */
    static boolean atLeastOneYearOld(LocalDate eventDate, LocalDate receivedOn) {
        return eventDate != null && !receivedOn.isBefore(eventDate.plusYears(1));
    }

    static boolean moreThanOneYearOld(LocalDate eventDate, LocalDate receivedOn) {
        return eventDate != null && receivedOn.isAfter(eventDate.plusYears(1));
    }

    /** The decision table's inputs. */
    public Map<String, Object> asVariables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("eventAtLeastOneYearOld", eventAtLeastOneYearOld);
        variables.put("eventMoreThanOneYearOld", eventMoreThanOneYearOld);
        variables.put("repeatOfEarlierComplaint", earlierComplaint.isPresent());
        variables.put("investigatedByOmbudsman", investigatedByOmbudsman);
        variables.put("concurrentProceedings", concurrentProceedings == null ? "" : concurrentProceedings);
        variables.put("subject", subject);
        variables.put("procedure", procedure);
        return variables;
    }
}
