package uk.redress.engine;

import java.util.Collection;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Moves the removal time of whole finished process trees (every history row of the tree, its variables, tasks,
 * job logs, byte arrays and history authorizations), in the caller's transaction. The engine's public API does
 * this only as a batch (job, batch history, operation log) for each call; Redress needs it once per closed
 * complaint for a few letter deliveries, so it uses the engine's own per-tree update, the one the engine runs when
 * a tree's root ends.
 */
@Component
public class HistoryRemovalTimes {

    private final ProcessEngine engine;

    HistoryRemovalTimes(@Lazy ProcessEngine engine) {
        this.engine = engine;
    }

    /** Gives every tree rooted at one of {@code rootProcessInstanceIds} the removal time {@code removalTime}. */
    public void set(Collection<String> rootProcessInstanceIds, Date removalTime) {
        if (rootProcessInstanceIds.isEmpty()) {
            return;
        }
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(context -> {
                    for (String root : rootProcessInstanceIds) {
                        context.getHistoricProcessInstanceManager()
                                .addRemovalTimeToProcessInstancesByRootProcessInstanceId(root, removalTime);
                        context.getHistoricDecisionInstanceManager()
                                .addRemovalTimeToDecisionsByRootProcessInstanceId(root, removalTime);
                    }
                    return null;
                });
    }
}
