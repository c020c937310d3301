package uk.redress.notification;

/**
 * Who a message is for: the person who complained, someone acting for them (a copy of each letter), or a member of
 * the team working the complaint.
 */
public enum Audience { COMPLAINANT, REPRESENTATIVE, STAFF }
