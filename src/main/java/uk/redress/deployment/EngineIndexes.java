package uk.redress.deployment;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.camunda.bpm.engine.ProcessEngine;
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
 * <p>
 * {@code ACT_RU_TASK(DUE_DATE_)}: Tasklist's and the REST API's "my group's open tasks by due date, first page" can
 * then read tasks in due-date order and stop after the page instead of sorting every open task.
 * <p>
 * {@code ACT_RU_AUTHORIZATION(USER_ID_, TYPE_)}: every task query first gathers the caller's grants, "type below 2
 * and user is me or '*', or group is one of mine". The engine's own index that holds the user column starts with the
 * type, so "type below 2" read the whole of it: every grant, one for each open task. That made the plan that starts
 * from a small team's own tasks look dearer than reading every open task in due-date order until the page was full,
 * which at 100,000 open tasks read about 51,000 of them for a team holding 250: 290 ms for its first page, 14-17 ms with
 * the index (EXPLAIN ANALYZE on PostgreSQL; large teams' pages and counts unchanged). The planner's choice stays
 * close: straight after a bulk of new tasks it may still read in due-date order (docs/performance.md).
 * <p>
 * PostgreSQL 14 and later: statistics on the permission bits the engine's authorization check tests
 * ({@code PERMS_ & 2} READ, {@code & 64} READ_TASK, {@code & 512} READ_INSTANCE). Without them the planner guesses
 * that almost no authorization row passes that test, and with one authorization per open candidate task (the engine's
 * default) it compared every open task with every authorization: 10 s for one page at 10,000 open tasks. With them,
 * and the due-date index, the first page at 100,000 open tasks took under 10 ms. The session settings that go with
 * them are in {@link PostgresSessionSettings}.
 * <p>
 * PostgreSQL: one parallel worker for reading {@code ACT_RU_TASK}, whatever its size. PostgreSQL 15 reads a team's
 * tasks in due-date order for the engine's {@code select distinct} page only under a parallel gather, and it plans
 * a worker only for a task table of 8 MB or more (about 30,000 open tasks). Below that a large team's first page
 * sorted all of the team's tasks: 103-119 ms at 10,000 open tasks (a team of 2,500), 14-18 ms with the worker
 * (EXPLAIN ANALYZE), as at 100,000, where the planner already planned one worker for it by itself (the counts
 * there planned two and now plan one: docs/performance.md).
 * <p>
 * PostgreSQL: {@code ACT_HI_VARINST(TEXT_)} for the variable {@code complaintReference} only (a partial index, which
 * H2 lacks): a complaint's letter deliveries are found by it (the history plugin, and the letters given the
 * complaint's removal time when it closes). Without it the engine read every complaint's reference variable: 870 ms
 * with 100,000 finished complaints, 0.3 ms with it. Only that variable's short values are indexed: a whole-column
 * index would refuse long text values (an officer's response) beyond the index's row size.
 */
@Component
class EngineIndexes {

    private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);
    static final String[] INDEXES = {
        "create index if not exists REDRESS_IDX_TASK_PARENT on ACT_RU_TASK (PARENT_TASK_ID_)",
        "create index if not exists REDRESS_IDX_TASK_DUE on ACT_RU_TASK (DUE_DATE_)",
        "create index if not exists REDRESS_IDX_AUTH_USER on ACT_RU_AUTHORIZATION (USER_ID_, TYPE_)"
    };
    static final String[] POSTGRES_INDEXES = {
        "create index if not exists REDRESS_IDX_HI_VAR_REFERENCE on ACT_HI_VARINST (TEXT_) "
                + "where NAME_ = 'complaintReference'",
        "alter table ACT_RU_TASK set (parallel_workers = 1)"
    };
    static final String[] POSTGRES_STATISTICS = {
        "create statistics if not exists REDRESS_STAT_AUTH_PERMS on (PERMS_ & 2), (PERMS_ & 64), (PERMS_ & 512) "
                + "from ACT_RU_AUTHORIZATION",
        "analyze ACT_RU_AUTHORIZATION"
    };

    private final ProcessEngine processEngine;

    /** Needs the engine built: by then it has made or upgraded its tables. */
    EngineIndexes(ProcessEngine processEngine) {
        this.processEngine = processEngine;
    }

    @jakarta.annotation.PostConstruct
    void createMissing() {
        var configuration = processEngine.getProcessEngineConfiguration();
        try (Connection connection = configuration.getDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            for (String index : INDEXES) {
                statement.execute(index);
            }
            var database = connection.getMetaData();
            if (database.getDatabaseProductName().equals("PostgreSQL")) {
                for (String index : POSTGRES_INDEXES) {
                    statement.execute(index);
                }
            }
            if (database.getDatabaseProductName().equals("PostgreSQL") && database.getDatabaseMajorVersion() >= 14) {
                for (String sql : POSTGRES_STATISTICS) {
                    statement.execute(sql);
                }
            }
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            // a missing index costs speed, not correctness: start anyway, and say so
            log.warn("Could not create the engine indexes Redress adds ({}); task completion and Tasklist "
                    + "will be slower with many open tasks", e.getMessage());
        }
    }
}
