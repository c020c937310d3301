package uk.redress.notification;

/** Who a message is for: the person who complained, or a member of the team working the complaint. */
public enum Audience { COMPLAINANT, STAFF }
