package uk.redress.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Authorization checks answer as the engine's own, without reading every authorization row per command: the cost
 * of a check must not grow with the number of open tasks (each grants its candidate group).
 */
class CallerGroupsAuthorizationsTest {

    private final AtomicInteger groupScans = new AtomicInteger();
    private ProcessEngine engine;
    private AuthorizationService authorizations;

    @BeforeEach
    void startEngine() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:caller-groups-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setDataSource(ProxyDataSourceBuilder.create(h2).afterQuery((info, queries) -> queries.stream()
                .filter(query -> query.getQuery().toUpperCase(Locale.ROOT).contains("DISTINCT(A.GROUP_ID_)"))
                .forEach(query -> groupScans.incrementAndGet())).build());
        configuration.setDatabaseSchemaUpdate("create-drop");
        configuration.setJobExecutorActivate(false);
        configuration.setAuthorizationEnabled(true);
        configuration.getProcessEnginePlugins().add(new EngineSecurityPlugin());
        configuration.setProcessEngineName("caller-groups-" + System.nanoTime());
        engine = configuration.buildProcessEngine();
        authorizations = engine.getAuthorizationService();
        grant("harborough-complaints-officers", "harborough-corporate");
        // what open tasks leave behind: one grant per task to its candidate group
        IntStream.range(0, 300).forEach(task -> grantTask("team-" + (task % 7), "task-" + task));
    }

    @AfterEach
    void stopEngine() {
        engine.close();
    }

    @Test
    void aTeamMembersCheck_answersAsTheEngineDoes_withoutReadingEveryAuthorization() {
        groupScans.set(0);

        boolean officer = authorizations.isUserAuthorized("sam", List.of("harborough-complaints-officers", "staff"),
                Permissions.READ, Resources.PROCESS_DEFINITION, "harborough-corporate");
        boolean stranger = authorizations.isUserAuthorized("kim", List.of("warwickshire-customer-relations"),
                Permissions.READ, Resources.PROCESS_DEFINITION, "harborough-corporate");

        assertThat(officer).isTrue();
        assertThat(stranger).isFalse();
        assertThat(groupScans).as("full reads of the authorization table").hasValue(0);
    }

    @Test
    void someoneInManyGroups_isNarrowedByTheEngineAsBefore_andStillAnsweredRightly() {
        List<String> groups = new ArrayList<>(IntStream.range(0, CallerGroupsAuthorizations.MOST_GROUPS_CHECKED_AS_THEY_ARE)
                .mapToObj(group -> "directory-group-" + group).toList());
        groups.add("harborough-complaints-officers");
        groupScans.set(0);

        boolean officer = authorizations.isUserAuthorized("pat", groups, Permissions.READ,
                Resources.PROCESS_DEFINITION, "harborough-corporate");

        assertThat(officer).isTrue();
        assertThat(groupScans).hasValue(1);
    }

    private void grant(String group, String definition) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(group);
        grant.setResource(Resources.PROCESS_DEFINITION);
        grant.setResourceId(definition);
        grant.addPermission(Permissions.READ);
        authorizations.saveAuthorization(grant);
    }

    private void grantTask(String group, String task) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(group);
        grant.setResource(Resources.TASK);
        grant.setResourceId(task);
        grant.addPermission(Permissions.READ);
        authorizations.saveAuthorization(grant);
    }
}
