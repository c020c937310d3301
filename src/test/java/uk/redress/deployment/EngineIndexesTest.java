package uk.redress.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.redress.RedressSpringTest;

/**
 * What the benchmarks showed the engine's tables need is there after start-up: the task table's indexes (H2 and
 * PostgreSQL); on PostgreSQL also the statistics on the authorization table and the session settings.
 */
class EngineIndexesTest extends RedressSpringTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theTaskTableIsIndexedByParentTask() throws Exception {
        assertThat(indexedColumns("REDRESS_IDX_TASK_PARENT")).containsExactly("PARENT_TASK_ID_");
    }

    @Test
    void theTaskTableIsIndexedByDueDate() throws Exception {
        assertThat(indexedColumns("REDRESS_IDX_TASK_DUE")).containsExactly("DUE_DATE_");
    }

    @Test
    void theAuthorizationTableIsIndexedByUserThenType() throws Exception {
        assertThat(indexedColumns("ACT_RU_AUTHORIZATION", "REDRESS_IDX_AUTH_USER")).containsExactly("USER_ID_", "TYPE_");
    }

    /**
     * The caller's grants, as every task query gathers them, are found by the user's own entries, not by reading
     * every grant below type 2 (the engine's index on type, user, ...), which with one grant per open task made a
     * small team's Tasklist page slow in a large database (GrowthBenchmark).
     */
    @Test
    void onPostgresqlTheCallersGrantsAreLookedUpByUser() throws Exception {
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                return; // H2 plans differently: the same test runs on PostgreSQL in .ci/run
            }
            connection.setAutoCommit(false);
            try {
                // the table is small in a test: make reading all of it unattractive, as it is with 100,000 grants
                statement.execute("set local enable_seqscan = off");
                StringBuilder plan = new StringBuilder();
                // the shape of the engine's own query for the caller's grants (its permission tests left out)
                try (ResultSet rows = statement.executeQuery("explain select A.* from ACT_RU_AUTHORIZATION A "
                        + "where A.TYPE_ < 2 and (A.USER_ID_ in ('somebody', '*') or A.GROUP_ID_ in ('a-team'))")) {
                    while (rows.next()) {
                        plan.append(rows.getString(1)).append('\n');
                    }
                }
                assertThat(plan.toString()).contains("redress_idx_auth_user").doesNotContain("act_uniq_auth_user");
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    @Test
    void onPostgresqlTheAuthorizationChecksArePlannedWithStatisticsForTheActualValues() throws Exception {
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                return; // H2 has neither setting: the same test runs on PostgreSQL in .ci/run
            }
            try (ResultSet stats = statement.executeQuery(
                    "select count(*) from pg_statistic_ext where stxname = 'redress_stat_auth_perms'")) {
                stats.next();
                assertThat(stats.getInt(1)).isEqualTo(1);
            }
            try (ResultSet letters = statement.executeQuery("select indexdef from pg_indexes "
                    + "where indexname = 'redress_idx_hi_var_reference'")) {
                assertThat(letters.next()).as("letter deliveries found by their complaint's reference").isTrue();
                assertThat(letters.getString(1)).contains("(text_)", "WHERE", "complaintReference");
            }
            try (ResultSet options = statement.executeQuery(
                    "select reloptions from pg_class where relname = 'act_ru_task'")) {
                assertThat(options.next()).isTrue();
                assertThat(options.getString(1)).as("a worker for reading the task table in due-date order")
                        .contains("parallel_workers=1");
            }
            try (ResultSet mode = statement.executeQuery("show plan_cache_mode")) {
                mode.next();
                assertThat(mode.getString(1)).isEqualTo("force_custom_plan");
            }
            try (ResultSet jit = statement.executeQuery("show jit")) {
                jit.next();
                assertThat(jit.getString(1)).isEqualTo("off");
            }
            try (ResultSet pageCost = statement.executeQuery("show random_page_cost")) {
                pageCost.next();
                assertThat(pageCost.getString(1)).isEqualTo("1.1");
            }
        }
    }

    private List<String> indexedColumns(String index) throws Exception {
        return indexedColumns("ACT_RU_TASK", index);
    }

    private List<String> indexedColumns(String tableName, String index) throws Exception {
        List<String> indexedColumns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String table : new String[] {tableName, tableName.toLowerCase(Locale.ROOT)}) {
                try (ResultSet indexes = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
                    while (indexes.next()) {
                        String name = indexes.getString("INDEX_NAME");
                        if (name != null && name.toUpperCase(Locale.ROOT).equals(index)) {
                            indexedColumns.add(indexes.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        return indexedColumns;
    }
}
