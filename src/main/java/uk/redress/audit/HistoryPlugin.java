package uk.redress.audit;

import java.util.Set;

import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The Cockpit plugin "complaint history" (registered in {@code META-INF/services}): its API is
 * {@link HistoryRootResource}, its page {@code plugin-webapp/redress-history/app/plugin.js}, which Cockpit loads
 * itself. Cockpit's own plugin points only, so no Camunda file is changed.
 */
public class HistoryPlugin extends AbstractCockpitPlugin {

    static final String ID = "redress-history";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(HistoryRootResource.class);
    }
}
