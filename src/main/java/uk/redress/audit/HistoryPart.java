package uk.redress.audit;

import org.camunda.bpm.engine.HistoryService;

/** A part of a complaint's history (steps, changes, actions, letters, problems), read a page at a time. */
interface HistoryPart {

    /** The part's name in the address: {@code .../complaints/{reference}/{name}}. */
    String name();

    HistoryPage page(ComplaintTree tree, HistoryService history, int page);
}
