package uk.redress.complaint;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Published, inside the step's transaction, when a diagram moves a complaint to a stage ({@code outcome} null) or
 * closes it, so that other features (the reports' outcome records) follow without this package knowing them.
 * {@code variables} are the closing step's, e.g. the officer's recorded reason.
 */
public record ComplaintProgressed(Complaint complaint, String stage, String outcome, VariableScope variables) {

    public boolean closed() {
        return outcome != null;
    }
}
