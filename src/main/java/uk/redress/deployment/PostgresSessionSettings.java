package uk.redress.deployment;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, every pooled connection starts with three session settings the benchmarks (docs/performance.md)
 * showed the engine's queries need, unless the installation set its own {@code connection-init-sql}:
 * <ul>
 *   <li>{@code plan_cache_mode = force_custom_plan}: the JDBC driver turns a statement run five times into a prepared
 *   one, and PostgreSQL may then plan it once for any parameters. For the engine's authorization check that generic
 *   plan cannot use the statistics on the permission bits ({@link EngineIndexes}): Tasklist's first page at 100,000
 *   open tasks took 277 ms with it and 9 ms planned for the actual values (10 s at 10,000 before the statistics).
 *   Planning each statement costs well under a millisecond.</li>
 *   <li>{@code jit = off}: just-in-time compilation of a query whose estimated cost is high added 0.8 s to a page
 *   that then ran in 0.3 s. It pays for long reports, not for the short statements of a workflow engine.</li>
 *   <li>{@code random_page_cost = 1.1}: an index lookup costed as what it is on a server whose working set is in
 *   memory or on SSD, not as the seek of a spinning disk (PostgreSQL's default of 4). The engine's task queries
 *   join each task to its authorizations by {@code RESOURCE_ID_ IN (task, process definition key, '*')}; costed
 *   for a disk, three index lookups per task looked dearer than comparing every task of the team with every one of
 *   its authorizations, and a Tasklist filter's page took 6.5 s at 10,000 open tasks (6.25 million comparisons)
 *   against 0.14 s with index lookups (the growth benchmark, EXPLAIN ANALYZE).</li>
 * </ul>
 */
@Component
class PostgresSessionSettings implements BeanPostProcessor {

    static final String INIT_SQL = "SET plan_cache_mode = force_custom_plan; SET jit = off; SET random_page_cost = 1.1";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:") && pool.getConnectionInitSql() == null) {
            pool.setConnectionInitSql(INIT_SQL);
        }
        return bean;
    }
}
