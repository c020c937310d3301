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

/** The index the benchmarks showed the engine's task table needs is there after start-up (H2 and PostgreSQL). */
class EngineIndexesTest extends RedressSpringTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theTaskTableIsIndexedByParentTask() throws Exception {
        List<String> indexedColumns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String table : new String[] {"ACT_RU_TASK", "act_ru_task"}) {
                try (ResultSet indexes = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
                    while (indexes.next()) {
                        String name = indexes.getString("INDEX_NAME");
                        if (name != null && name.toUpperCase(Locale.ROOT).equals("REDRESS_IDX_TASK_PARENT")) {
                            indexedColumns.add(indexes.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        assertThat(indexedColumns).containsExactly("PARENT_TASK_ID_");
    }
}
