package uk.redress.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import uk.redress.RedressSpringTest;

/**
 * A sign-in on the API doors is remembered a short while: a wrong password is still refused, and a changed password,
 * a removed user or changed groups take effect once it is forgotten (here at once, by {@link SignInCache#forgetAll};
 * the time itself: SignInCacheExpiryTest). That a remembered sign-in costs no database work: IntakeDatabaseWorkIT.
 */
class SignInCacheTest extends RedressSpringTest {

    private static final String USER = "sign-in-cache-probe";
    private static final String API = "/api/calendar/working-days?from=2026-12-01&add=1";
    private static final String ENGINE_REST = "/engine-rest/version";

    @Autowired
    TestRestTemplate http;
    @Autowired
    IdentityService identity;
    @Autowired
    SignInCache signIns;

    @AfterEach
    void removeTheProbe() {
        identity.deleteUser(USER);
        signIns.forgetAll();
    }

    private void probe(String password) {
        User user = identity.newUser(USER);
        user.setPassword(password);
        identity.saveUser(user);
    }

    private ResponseEntity<String> get(String url, String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(USER, password);
        return http.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private int status(String url, String password) {
        return get(url, password).getStatusCode().value();
    }

    @Test
    void aWrongPasswordAfterTheRightOne_isRefusedOnEveryDoor() {
        probe("the-right-one");
        for (String door : new String[] {API, ENGINE_REST}) {
            assertThat(status(door, "the-right-one")).isEqualTo(200);
            assertThat(status(door, "the-right-one")).as("remembered").isEqualTo(200);
            assertThat(status(door, "a-wrong-one")).isEqualTo(401);
            assertThat(status(door, "the-right-one")).isEqualTo(200);
        }
        assertThat(get(ENGINE_REST, "a-wrong-one").getHeaders().getFirst("WWW-Authenticate"))
                .as("Camunda's own challenge").isEqualTo("Basic realm=\"" + processEngine.getName() + "\"");
    }

    @Test
    void aChangedPassword_worksAtOnce_andTheOldOneIsRefusedOnceTheNewOneIsUsedOrTheSignInForgotten() {
        probe("the-old-one");
        assertThat(status(API, "the-old-one")).isEqualTo(200);
        User user = identity.createUserQuery().userId(USER).singleResult();
        user.setPassword("the-new-one");
        identity.saveUser(user);

        assertThat(status(API, "the-old-one")).as("remembered for a short while").isEqualTo(200);
        signIns.forgetAll();
        assertThat(status(API, "the-old-one")).isEqualTo(401);
        assertThat(status(ENGINE_REST, "the-old-one")).isEqualTo(401);
        assertThat(status(API, "the-new-one")).isEqualTo(200);

        // a new password used at once replaces the remembered one
        user = identity.createUserQuery().userId(USER).singleResult();
        user.setPassword("the-newest-one");
        identity.saveUser(user);
        assertThat(status(ENGINE_REST, "the-newest-one")).isEqualTo(200);
        assertThat(status(API, "the-new-one")).isEqualTo(401);
    }

    @Test
    void aRemovedUser_isRefusedOnceTheSignInIsForgotten() {
        probe("the-right-one");
        assertThat(status(API, "the-right-one")).isEqualTo(200);
        assertThat(status(ENGINE_REST, "the-right-one")).isEqualTo(200);
        identity.deleteUser(USER);
        signIns.forgetAll();
        assertThat(status(API, "the-right-one")).isEqualTo(401);
        assertThat(status(ENGINE_REST, "the-right-one")).isEqualTo(401);
    }

    @Test
    void changedGroups_areSeenOnceTheSignInIsForgotten() {
        probe("the-right-one");
        // the operations endpoints' details are for administrators only
        assertThat(status("/actuator/metrics", "the-right-one")).isEqualTo(403);
        identity.createMembership(USER, "camunda-admin");
        try {
            assertThat(status("/actuator/metrics", "the-right-one")).as("groups remembered with the sign-in")
                    .isEqualTo(403);
            signIns.forgetAll();
            assertThat(status("/actuator/metrics", "the-right-one")).isEqualTo(200);
        } finally {
            identity.deleteMembership(USER, "camunda-admin");
        }
        signIns.forgetAll();
        assertThat(status("/actuator/metrics", "the-right-one")).isEqualTo(403);
    }
}
