package uk.redress.security;

import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Runs Redress's own bookkeeping on the engine (starting a letter's delivery, writing the correspondence log onto the
 * complaint's processes, finding a team's members) without the signed-in member of staff's authorizations: they
 * may complete a task without being allowed to start the delivery process or read the user list, and the
 * bookkeeping must happen all the same. Never used for anything a member of staff asked for directly.
 */
@Component
public class WithoutAuthorization {

    private final ProcessEngineConfigurationImpl configuration;

    public WithoutAuthorization(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    public <T> T run(Supplier<T> work) {
        CommandContext current = Context.getCommandContext();
        if (current == null) {
            return configuration.getCommandExecutorTxRequired().execute(context -> {
                context.disableAuthorizationCheck();
                try {
                    return work.get();
                } finally {
                    context.enableAuthorizationCheck();
                }
            });
        }
        boolean wasEnabled = current.isAuthorizationCheckEnabled();
        current.disableAuthorizationCheck();
        try {
            return work.get();
        } finally {
            if (wasEnabled) {
                current.enableAuthorizationCheck();
            }
        }
    }
}
