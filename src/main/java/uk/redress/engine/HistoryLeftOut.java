package uk.redress.engine;

import java.util.List;
import java.util.function.Predicate;

import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Passes the engine's history events on to the history, except those a rule says are not to be recorded
 * ({@link TaskDisplayHistory}, {@link CalledStageCopies}, {@link RoutingHistory}). Every history event handler the
 * engine has (its database and any an installation adds) sits behind it, so none of them sees half of a value's
 * history.
 */
final class HistoryLeftOut implements HistoryEventHandler {

    private final HistoryEventHandler history;
    private final Predicate<HistoryEvent> leftOut;

    HistoryLeftOut(HistoryEventHandler history, Predicate<HistoryEvent> leftOut) {
        this.history = history;
        this.leftOut = leftOut;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (!leftOut.test(event)) {
            history.handleEvent(event);
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        history.handleEvents(events.stream().filter(leftOut.negate()).toList());
    }
}
