package uk.redress.deployment;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, keeps the planner's statistics on the busiest tables (the engine's tasks and what goes with them,
 * Redress's complaints and deadlines) in step with them when many arrive at once (a migration, an import, a
 * council joining), instead of waiting for autovacuum.
 * <p>
 * PostgreSQL plans each query from statistics that autovacuum refreshes once a table has changed by a tenth, on a
 * round that visits each database about once a minute. Straight after a bulk of new tasks the engine's tables are
 * described as they were before it, or not at all in a new database, and the planner then guesses: the growth
 * benchmark (docs/performance.md) saw a complaint's tasks found by walking every task through the index on their
 * (always empty) tenant, and the complaints list take seconds a page at 10,000 open complaints.
 * Every few seconds this looks at PostgreSQL's own counts of changed rows and analyzes a table whose rows changed
 * by a fifth (and at least {@value #LEAST_CHANGES}) since it was last analyzed: a sample of at most 30,000 rows,
 * a fraction of a second at 100,000 open tasks, and nothing at all while the tables change slowly. Several nodes
 * may do it at once: a table another node is analyzing is skipped.
 */
@Component
class EngineStatistics {

    private static final Logger log = LoggerFactory.getLogger(EngineStatistics.class);
    static final int LEAST_CHANGES = 500;
    static final double SHARE_CHANGED = 0.2;
    /**
     * The engine tables every task adds rows to, which Tasklist, task completion and intake read, and Redress's own
     * that grow with every open complaint, which the workspace's complaints list reads.
     */
    static final List<String> TABLES = List.of("act_ru_task", "act_ru_identitylink", "act_ru_authorization",
            "act_ru_execution", "act_ru_variable", "act_ru_job", "complaint", "deadline", "complaint_process");

    private final ProcessEngine processEngine;
    private volatile Boolean postgres;

    EngineStatistics(ProcessEngine processEngine) {
        this.processEngine = processEngine;
    }

    @Scheduled(initialDelayString = "${redress.engine-statistics.delay:PT10S}",
            fixedDelayString = "${redress.engine-statistics.delay:PT10S}")
    void analyzeChangedTables() {
        if (Boolean.FALSE.equals(postgres)) {
            return;
        }
        try (Connection connection = processEngine.getProcessEngineConfiguration().getDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            if (postgres == null) {
                var database = connection.getMetaData();
                postgres = database.getDatabaseProductName().equals("PostgreSQL")
                        && database.getDatabaseMajorVersion() >= 12;
                if (!postgres) {
                    return;
                }
            }
            for (String table : changedTables(statement)) {
                statement.execute("analyze (skip_locked) " + table);
                log.debug("Analyzed {}: many rows changed since its statistics were gathered", table);
            }
        } catch (SQLException e) {
            log.warn("Could not refresh the engine tables' statistics ({}); autovacuum will in time", e.getMessage());
        }
    }

    /** The tables whose rows changed by a fifth since they were last analyzed (or were never analyzed). */
    private static List<String> changedTables(Statement statement) throws SQLException {
        List<String> changed = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("""
                select s.relname from pg_stat_user_tables s join pg_class c on c.oid = s.relid
                where s.schemaname = current_schema() and s.relname in ('%s')
                  and s.n_mod_since_analyze >= %d
                  and s.n_mod_since_analyze >= %s * greatest(c.reltuples, 0)"""
                .formatted(String.join("', '", TABLES), LEAST_CHANGES, SHARE_CHANGED))) {
            while (rs.next()) {
                changed.add(rs.getString(1));
            }
        }
        return changed;
    }
}
