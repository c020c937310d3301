package uk.redress.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

class PostgresSessionSettingsTest {

    private final PostgresSessionSettings settings = new PostgresSessionSettings();

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        return pool;
    }

    @Test
    void aPostgresqlPoolStartsEachConnectionWithTheSettings() {
        HikariDataSource pool = pool("jdbc:postgresql://db:5432/redress");
        settings.postProcessBeforeInitialization(pool, "dataSource");
        assertThat(pool.getConnectionInitSql())
                .isEqualTo("SET plan_cache_mode = force_custom_plan; SET jit = off; SET random_page_cost = 1.1");
    }

    @Test
    void anH2PoolIsLeftAlone() {
        HikariDataSource pool = pool("jdbc:h2:file:./data/redress");
        settings.postProcessBeforeInitialization(pool, "dataSource");
        assertThat(pool.getConnectionInitSql()).isNull();
    }

    @Test
    void anInstallationsOwnInitialisationIsKept() {
        HikariDataSource pool = pool("jdbc:postgresql://db:5432/redress");
        pool.setConnectionInitSql("SET search_path = redress");
        settings.postProcessBeforeInitialization(pool, "dataSource");
        assertThat(pool.getConnectionInitSql()).isEqualTo("SET search_path = redress");
    }

    @Test
    void otherBeansPassThrough() {
        Object bean = new Object();
        assertThat(settings.postProcessBeforeInitialization(bean, "other")).isSameAs(bean);
    }
}
