package uk.redress.problem;

/** The caller is known but their groups do not handle this procedure: a 403. */
public class Forbidden extends RuntimeException {

    public Forbidden(String message) {
        super(message);
    }
}
