package uk.redress.problem;

/** One thing wrong with a request, named by the field (or parameter) a client sent. */
public record FieldError(String field, String message) {
}
