package uk.redress.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;

/**
 * A standalone engine on its own in-memory database, with full history and Redress's engine plugin, and a test's
 * own small processes deployed (the {@code <bpmn:process>} elements; the definitions around them are added here):
 * for testing the plugin's rules. Close it after the test (each has a database of its own unless given one).
 */
final class PluginEngine {

    private PluginEngine() {
    }

    static ProcessEngine start(String name, String resourceName, String processes) {
        return start(name, resourceName, processes, true, newDatabase(name), "create-drop");
    }

    /** A new in-memory database of its own, for {@link #start(String, String, String, boolean, String)}. */
    static String newDatabase(String name) {
        return "jdbc:h2:mem:" + name + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    }

    /**
     * An engine with or without Redress's plugin (without it, the engine as it records by itself) on the given
     * database; a second engine on a database another holds open finds its tables there and deploys again.
     */
    static ProcessEngine start(String name, String resourceName, String processes, boolean plugin, String jdbcUrl) {
        return start(name, resourceName, processes, plugin, jdbcUrl, "true");
    }

    private static ProcessEngine start(String name, String resourceName, String processes, boolean plugin,
                                       String jdbcUrl, String schema) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl(jdbcUrl);
        configuration.setDatabaseSchemaUpdate(schema);
        configuration.setJobExecutorActivate(false);
        configuration.setHistory("full");
        if (plugin) {
            configuration.getProcessEnginePlugins().add(new EngineSecurityPlugin());
        }
        configuration.setProcessEngineName(name + "-" + System.nanoTime());
        ProcessEngine engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addString(resourceName, definitions(processes)).deploy();
        return engine;
    }

    static String definitions(String processes) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://redress.test">
                %s</bpmn:definitions>
                """.formatted(processes);
    }
}
