package uk.redress.deployment;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's own schema lacks, found by the benchmarks (README "Performance"). Created once the engine
 * has made or upgraded its tables, if not there already; harmless to run on every start and on every node.
 * <p>
 * {@code ACT_RU_TASK(PARENT_TASK_ID_)}: the engine looks up a task's sub-tasks by this column every time it deletes a
 * task, which it does whenever a task is completed or its process moves on. Without the index every completion read
 * the whole task table: with 100,000 open tasks on PostgreSQL the job executor fired about 36 deadline timers a
 * second.
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);
    static final String[] INDEXES = {
        "create index if not exists REDRESS_IDX_TASK_PARENT on ACT_RU_TASK (PARENT_TASK_ID_)"
    };

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        var configuration = processEngine.getProcessEngineConfiguration();
        try (Connection connection = configuration.getDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            for (String index : INDEXES) {
                statement.execute(index);
            }
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            // a missing index costs speed, not correctness: start anyway, and say so
            log.warn("Could not create the engine indexes Redress adds ({}); task completion will be slower with many "
                    + "open tasks", e.getMessage());
        }
    }
}
