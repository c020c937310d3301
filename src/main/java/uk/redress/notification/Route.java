package uk.redress.notification;

/**
 * How a message travels: email through the council's SMTP server, email through GOV.UK Notify, a letter rendered to
 * PDF for the post room, or nothing (an anonymous complainant who left no contact details).
 */
public enum Route { EMAIL, NOTIFY_EMAIL, POST, NONE }
