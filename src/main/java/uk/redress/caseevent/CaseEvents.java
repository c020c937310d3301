package uk.redress.caseevent;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Checks for case events, called from the diagrams, e.g. {@code ${caseEvents.requireContactAttempts(execution, 3)}}. */
@Component("caseEvents")
public class CaseEvents {

    private static final Set<String> EXTENSION_GROUNDS = Set.of("complexity", "staffOnLeave");

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

    /**
     * Where the calling procedure sets {@code extensionNeedsAgreement}, an extension needs the complainant's agreement
     * and one of the grounds the procedure allows (Leicestershire children's guidance 3: complexity, or key staff on
     * annual leave). The form asks for both; this refuses a completion without them, so the officer sees why.
     */
    public void requireExtensionAgreement(DelegateExecution execution) {
        if (!Boolean.TRUE.equals(execution.getVariable("extensionNeedsAgreement"))) {
            return;
        }
        if (!Boolean.TRUE.equals(execution.getVariable("extensionAgreed"))) {
            throw new IllegalArgumentException("This procedure extends a response only with the complainant's agreement:"
                    + " record that they agreed (extensionAgreed)");
        }
        Object ground = execution.getVariable("extensionGround");
        if (!EXTENSION_GROUNDS.contains(String.valueOf(ground))) {
            throw new IllegalArgumentException("This procedure extends a response only for the complexity of the case"
                    + " or key staff on annual leave (extensionGround: complexity or staffOnLeave)");
        }
    }

    /**
     * Excluding a complaint from within the shared stage is for procedures whose diagram passes
     * {@code exclusionAllowed} (Warwickshire stage 1, section 2a); elsewhere the officer sees why it is refused.
     */
    public void requireExclusionAllowed(DelegateExecution execution) {
        if (!Boolean.TRUE.equals(execution.getVariable("exclusionAllowed"))) {
            throw new IllegalArgumentException("This procedure does not exclude a complaint at this step: respond,"
                    + " extend or ask for information");
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
