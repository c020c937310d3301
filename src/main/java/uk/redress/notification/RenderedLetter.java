package uk.redress.notification;

/** A letter's words after its template ran: plain text, never HTML. */
public record RenderedLetter(String subject, String body) {
}
