package uk.redress.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;

/**
 * A standalone engine on its own in-memory database, with full history and Redress's engine plugin, and one diagram
 * deployed: for testing the plugin's rules on small diagrams of a test's own. Close it after the test.
 */
final class PluginEngine {

    private PluginEngine() {
    }

    static ProcessEngine start(String name, String resourceName, String diagram) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate("create-drop");
        configuration.setJobExecutorActivate(false);
        configuration.setHistory("full");
        configuration.getProcessEnginePlugins().add(new EngineSecurityPlugin());
        configuration.setProcessEngineName(name + "-" + System.nanoTime());
        ProcessEngine engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addString(resourceName, diagram).deploy();
        return engine;
    }
}
