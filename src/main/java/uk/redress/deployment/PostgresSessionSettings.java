package uk.redress.deployment;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, every pooled connection starts with two session settings the benchmarks (README "Performance")
 * showed the engine's queries need, unless the installation set its own {@code connection-init-sql}:
 * <ul>
 *   <li>{@code plan_cache_mode = force_custom_plan}: the JDBC driver turns a statement run five times into a prepared
 *   one, and PostgreSQL may then plan it once for any parameters. For the engine's authorization check that generic
 *   plan cannot use the statistics on the permission bits ({@link EngineIndexes}): Tasklist's first page at 100,000
 *   open tasks took 277 ms with it and 9 ms planned for the actual values (10 s at 10,000 before the statistics).
 *   Planning each statement costs well under a millisecond.</li>
 *   <li>{@code jit = off}: just-in-time compilation of a query whose estimated cost is high added 0.8 s to a page
 *   that then ran in 0.3 s. It pays for long reports, not for the short statements of a workflow engine.</li>
 * </ul>
 */
@Component
class PostgresSessionSettings implements BeanPostProcessor {

    static final String INIT_SQL = "SET plan_cache_mode = force_custom_plan; SET jit = off";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:") && pool.getConnectionInitSql() == null) {
            pool.setConnectionInitSql(INIT_SQL);
        }
        return bean;
    }
}
