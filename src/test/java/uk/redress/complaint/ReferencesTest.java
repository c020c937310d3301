package uk.redress.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import uk.redress.RedressSpringTest;

/**
 * References come from a sequence per prefix and year, created on first use: a database upgraded from the counter
 * table carries on its numbering, and several nodes creating a series at once share one sequence. (Concurrent
 * intakes: ConcurrentIntakeIT; two nodes: TwoNodesTimersIT.) On the series UPG-2031 and UPH-2031, which no procedure
 * uses, so the test can run again on the same database.
 */
class ReferencesTest extends RedressSpringTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    @AfterEach
    void forgetTheSeries() {
        for (String prefix : List.of("UPG", "UPH")) {
            jdbc.sql("drop sequence if exists reference_" + prefix.toLowerCase() + "_2031").update();
            jdbc.sql("delete from reference_counter where series = ?").param(prefix + "-2031").update();
        }
    }

    private References node() {
        return new References(jdbc, dataSource, transactions);
    }

    @Test
    void anUpgradedDatabase_carriesOnAfterItsCounter() {
        jdbc.sql("insert into reference_counter (series, last_number) values ('UPG-2031', 122)").update();
        References references = node();
        references.prepare("UPG", 2031);
        assertThat(references.next("UPG", 2031)).isEqualTo("UPG-2031-000123");
        assertThat(references.next("UPG", 2031)).isEqualTo("UPG-2031-000124");
        assertThat(node()).as("another node, or this one restarted").satisfies(restarted -> {
            restarted.prepare("UPG", 2031);
            assertThat(restarted.next("UPG", 2031)).isEqualTo("UPG-2031-000125");
        });
    }

    @Test
    void aNewSeries_startsAtOne_andMustBePreparedBeforeItsFirstNumber() {
        References references = node();
        assertThatThrownBy(() -> references.next("UPH", 2031)).isInstanceOf(References.SeriesNotPrepared.class);
        references.prepare("UPH", 2031);
        assertThat(references.next("UPH", 2031)).isEqualTo("UPH-2031-000001");
    }

    @Test
    void nodesPreparingASeriesAtOnce_shareOneSequence() throws Exception {
        jdbc.sql("insert into reference_counter (series, last_number) values ('UPG-2031', 9)").update();
        int nodes = 6;
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        List<Callable<String>> firsts = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            firsts.add(() -> {
                References references = node();
                references.prepare("UPG", 2031);
                return references.next("UPG", 2031);
            });
        }
        List<String> issued = new ArrayList<>();
        for (Future<String> first : pool.invokeAll(firsts)) {
            issued.add(first.get());
        }
        pool.shutdown();
        assertThat(issued).containsExactlyInAnyOrder("UPG-2031-000010", "UPG-2031-000011", "UPG-2031-000012",
                "UPG-2031-000013", "UPG-2031-000014", "UPG-2031-000015");
    }

    @Test
    void aPrefixOtherThanLetters_isRefused() {
        for (String prefix : new String[] {"HD-C", "HDC1", "x; drop table complaint", ""}) {
            assertThatThrownBy(() -> node().prepare(prefix, 2031)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("letters");
        }
    }
}
