package uk.redress.caseevent;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Checks for case events, called from the diagrams, e.g. {@code ${caseEvents.requireContactAttempts(execution, 3)}}. */
@Component("caseEvents")
public class CaseEvents {

    /**
     * A complaint may be discontinued for non-response only after contact was attempted at least {@code minimum}
     * times (Warwickshire section 7): the officer records the attempts in the form (contactAttempts).
     */
    public void requireContactAttempts(DelegateExecution execution, int minimum) {
        Object attempts = execution.getVariable("contactAttempts");
        long count = attempts instanceof Number number ? number.longValue() : parse(attempts);
        if (count < minimum) {
            throw new IllegalArgumentException("A complaint can be discontinued only after at least " + minimum
                    + " attempts to contact the complainant by different methods; " + count + " recorded");
        }
    }

    private static long parse(Object attempts) {
        try {
            return attempts == null ? 0 : Long.parseLong(attempts.toString().trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
