package uk.redress.complaint;

/** How the complaint reached the council. */
public enum Channel {
    EMAIL, POST, PHONE, IN_PERSON, ONLINE_FORM, MP_OR_COUNCILLOR
}
