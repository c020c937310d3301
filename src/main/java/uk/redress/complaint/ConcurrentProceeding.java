package uk.redress.complaint;

/** Other proceedings about the same matter, which may exclude or suspend the complaint. */
public enum ConcurrentProceeding {
    COURT_OR_TRIBUNAL, DISCIPLINARY, CRIMINAL_INVESTIGATION, CRIMINAL_PROCEEDINGS, CHILD_PROTECTION, SAFEGUARDING,
    GRIEVANCE, INSURANCE_CLAIM
}
