package uk.redress.reporting;

import java.util.Locale;
import java.util.Optional;

/**
 * The fixed vocabulary a stage ends in (issue #16), the same for every procedure so councils' figures compare.
 * The diagrams' own words (a form's {@code responseOutcome}, an end event's closing outcome) map onto it.
 */
public enum Outcome {
    UPHELD, PARTLY_UPHELD, NOT_UPHELD, RESOLVED_INFORMALLY, WITHDRAWN, EXCLUDED, REFUSED_ESCALATION, DISCONTINUED;

    /** A response form's finding ("partly-upheld"), if it is one. */
    static Optional<Outcome> ofFinding(Object finding) {
        if (finding == null) {
            return Optional.empty();
        }
        return switch (finding.toString()) {
            case "upheld" -> Optional.of(UPHELD);
            case "partly-upheld" -> Optional.of(PARTLY_UPHELD);
            case "not-upheld" -> Optional.of(NOT_UPHELD);
            default -> Optional.empty();
        };
    }

    /**
     * What a complaint's closing outcome says about the stage it closed in; empty where it says nothing more than the
     * stage's own finding (a response sent).
     */
    static Optional<Outcome> ofClosing(String closing) {
        return switch (closing) {
            case "resolved-informally", "resolved-early", "resolved-locally" -> Optional.of(RESOLVED_INFORMALLY);
            case "withdrawn" -> Optional.of(WITHDRAWN);
            case "excluded", "redirected", "anonymous-not-progressed", "not-statutory", "handed-to-disciplinary" ->
                    Optional.of(EXCLUDED);
            case "stage2-refused" -> Optional.of(REFUSED_ESCALATION);
            case "discontinued", "closed-no-reply" -> Optional.of(DISCONTINUED);
            default -> Optional.empty();
        };
    }

    /** A stage's own ending in the shared respond-within-deadline stage (its {@code stageResult}). */
    static Optional<Outcome> ofStageResult(Object result) {
        if (result == null) {
            return Optional.empty();
        }
        return switch (result.toString()) {
            case "excluded" -> Optional.of(EXCLUDED);
            case "discontinued", "closed-no-reply" -> Optional.of(DISCONTINUED);
            default -> Optional.empty();
        };
    }

    /** "partly-upheld", as in the CSV files and addresses. */
    public String code() {
        return name().toLowerCase(Locale.UK).replace('_', '-');
    }
}
