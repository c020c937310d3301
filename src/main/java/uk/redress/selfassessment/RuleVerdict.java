package uk.redress.selfassessment;

/**
 * One rule of the Code for one procedure: the verdict, the diagram element (or setting) that decides it, by name and
 * id so a process owner finds it in Modeler, and why.
 */
public record RuleVerdict(String rule, Verdict verdict, String decidedBy, String explanation) {
}
