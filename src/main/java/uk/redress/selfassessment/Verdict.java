package uk.redress.selfassessment;

/** How a procedure's diagram stands against one rule of the Ombudsman's Complaint Handling Code. */
public enum Verdict {
    MET, NOT_MET, NOT_APPLICABLE
}
