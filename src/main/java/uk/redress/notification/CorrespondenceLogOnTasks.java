package uk.redress.notification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives every user task of every diagram the complaint's correspondence log when it is created, so each task form
 * can show it without every diagram having to ask. Mechanism, not policy: process owners need not draw it. The
 * engine's Spring event bridge ({@code camunda.bpm.eventing.task}) hands each task over as it is created, in the
 * transaction that creates it.
 */
@Component
class CorrespondenceLogOnTasks {

    private final CorrespondenceLog log;

    CorrespondenceLogOnTasks(CorrespondenceLog log) {
        this.log = log;
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
    public void writeLog(DelegateTask task) {
        log.writeTo(task);
    }
}
