package uk.redress.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.redress.RedressSpringTest;

/**
 * On PostgreSQL, an engine table whose rows changed by a fifth since it was last analyzed is analyzed again (its
 * statistics then describe it); on H2, which has no such statistics, nothing happens and nothing fails.
 */
class EngineStatisticsTest extends RedressSpringTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    EngineStatistics statistics;

    @Test
    void aTableThatChangedMuchIsAnalyzedAgain() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                statistics.analyzeChangedTables(); // H2: nothing to do
                return;
            }
            statement.execute("analyze act_ru_identitylink");
            int links = 3 * EngineStatistics.LEAST_CHANGES;
            statement.execute("insert into act_ru_identitylink (id_, rev_, group_id_, type_, task_id_)"
                    + " select 'statistics-test-' || n, 1, 'statistics-test', 'candidate', null"
                    + " from generate_series(1, " + links + ") n");
            try {
                String before = lastAnalyzed(statement);
                long deadline = System.currentTimeMillis() + 30_000;
                String after = before;
                // the server reports a session's changed rows within about a second of its transaction
                while (after.equals(before) && System.currentTimeMillis() < deadline) {
                    Thread.sleep(500);
                    statistics.analyzeChangedTables();
                    after = lastAnalyzed(statement);
                }
                assertThat(after).isNotEqualTo(before);
            } finally {
                statement.execute("delete from act_ru_identitylink where group_id_ = 'statistics-test'");
            }
        }
    }

    private static String lastAnalyzed(Statement statement) throws Exception {
        try (ResultSet rs = statement.executeQuery("select coalesce(last_analyze::text, '') from pg_stat_user_tables"
                + " where relname = 'act_ru_identitylink' and schemaname = current_schema()")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
