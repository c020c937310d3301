package uk.redress.complaint;

/** How the complainant asked to be contacted: a reasonable adjustment the council records at intake. */
public enum ContactMethod {
    EMAIL, POST, PHONE
}
