package uk.redress.complaint;

/** Who speaks for the complainant (LGSCO Complaint Handling Code: a representative may act with their consent). */
public enum RepresentativeRole {
    COUNCILLOR, MP, ADVOCATE, FAMILY_OR_FRIEND, SOLICITOR, OTHER
}
