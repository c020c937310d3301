package uk.redress.problem;

/** The request is well-formed but the complaint's state refuses it (e.g. an escalation after its window): a 409. */
public class Conflict extends RuntimeException {

    public Conflict(String message) {
        super(message);
    }
}
