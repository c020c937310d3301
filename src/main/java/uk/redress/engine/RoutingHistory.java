package uk.redress.engine;

import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;

/**
 * Keeps the engine's passes through exclusive gateways (a diagram's "which way next?" points) out of the step
 * history. Such a gateway is routing, not something that happened to the complaint: it starts and ends in the same
 * moment, never waits, sets nothing, and the way it chose shows in the step that follows it, which is recorded. The
 * auditors' list of steps already leaves gateways out, and they were five of an intake's nine step records.
 *
 * <p>Only exclusive gateways: a parallel gateway's join waits for its other branches, and reopening a withdrawn
 * complaint reads where a stopped process was waiting (joins included) from this history; event-based gateways wait
 * for a letter or a date. Both keep their records.
 */
final class RoutingHistory {

    private RoutingHistory() {
    }

    /** Whether the event records a pass through an exclusive gateway ({@link HistoryLeftOut} leaves it out). */
    static boolean routingOnly(HistoryEvent event) {
        return event instanceof HistoricActivityInstanceEventEntity step
                && ActivityTypes.GATEWAY_EXCLUSIVE.equals(step.getActivityType());
    }
}
