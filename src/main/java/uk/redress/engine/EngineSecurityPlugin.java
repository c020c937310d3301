package uk.redress.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.CompositeHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;

/**
 * Installs Redress's task assignee rules ({@link TaskAssigneeAuthorizations}) in the engine, its authorization
 * checks that do not read the whole authorization table per command ({@link CallerGroupsAuthorizations}), and the
 * tasks' plain instructions as their descriptions ({@link TaskInstructions}); and leaves the copies made only to show
 * a task ({@link TaskDisplayHistory}), the complaint's values copied unchanged into a stage it calls
 * ({@link CalledStageCopies}) and the passes through exclusive gateways ({@link RoutingHistory}) out of the history,
 * and writes a value's first setting once ({@link FirstSettingHistory}); and has the decision tables' "-" cells taken as
 * the empty cells they stand for ({@link AnyValueCells}).
 */
@Component
class EngineSecurityPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new TaskAssigneeAuthorizations());
        List<SessionFactory> sessions = configuration.getCustomSessionFactories() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
        sessions.add(new CallerGroupsAuthorizations());
        configuration.setCustomSessionFactories(sessions);
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new TaskInstructions());
        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
                ? List.of() : configuration.getCustomHistoryEventHandlers();
        Predicate<HistoryEvent> leftOut = TaskDisplayHistory::shownOnly;
        List<HistoryEventHandler> all = new ArrayList<>();
        if (configuration.isEnableDefaultDbHistoryEventHandler()) {
            // the engine's own database history, first as the engine puts it, keeping a value's first setting once
            all.add(new FirstSettingHistory());
        }
        all.addAll(handlers);
        configuration.setHistoryEventHandler(new HistoryLeftOut(new CompositeHistoryEventHandler(all),
                leftOut.or(CalledStageCopies::copied).or(RoutingHistory::routingOnly)));
        DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
                ? configuration.getDmnEngineConfiguration()
                : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        AnyValueCells.install(dmn);
        configuration.setDmnEngineConfiguration(dmn);
    }
}
