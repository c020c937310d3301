package uk.redress.selfassessment;

import java.util.List;

/** A deployed procedure read against the Code, rule by rule; statutory procedures are outside it. */
public record ProcedureAssessment(String procedureKey, String procedureName, boolean statutory,
                                  List<RuleVerdict> rules) {

    /** Every rule met (or not applicable): the procedure as drawn meets the Code. */
    public boolean compliant() {
        return rules.stream().noneMatch(rule -> rule.verdict() == Verdict.NOT_MET);
    }

    public long notMet() {
        return rules.stream().filter(rule -> rule.verdict() == Verdict.NOT_MET).count();
    }
}
