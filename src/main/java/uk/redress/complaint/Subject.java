package uk.redress.complaint;

/**
 * What the complaint is about, as far as it decides which procedure should handle it. Staff pick it at intake;
 * each council's exclusion table (DMN) says which subjects it redirects and where.
 */
public enum Subject {
    /** A council service: the usual case. */
    SERVICE,
    STATUTORY_ADULT_SOCIAL_CARE,
    STATUTORY_CHILDRENS_SOCIAL_CARE,
    COUNCILLOR_CONDUCT,
    INFORMATION_RIGHTS,
    INSURANCE_CLAIM,
    PLANNING_OR_APPEAL,
    SCHOOLS,
    POLITICAL_OR_POLICY_OBJECTION,
    STAFF_EMPLOYMENT,
    /** The acts or omissions of a senior manager (e.g. a Corporate Management Team member or Service Manager). */
    SENIOR_MANAGER_CONDUCT,
    /** The acts or omissions of the Chief Executive. */
    CHIEF_EXECUTIVE_CONDUCT,
    /** An allegation of fraud, theft or corruption by a member of staff (some councils send it to internal audit). */
    FRAUD_BY_STAFF
}
