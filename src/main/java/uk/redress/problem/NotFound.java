package uk.redress.problem;

/** Nothing the caller may see exists under that name: a 404 (also used when it exists but is not theirs). */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
