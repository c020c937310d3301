package uk.redress.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;

/** How long {@link SignInCache} remembers a sign-in, on a clock of the test's own; 0 remembers none. */
class SignInCacheExpiryTest {

    private final AtomicLong nanos = new AtomicLong();
    private final IdentityService engine = mock(IdentityService.class, RETURNS_DEEP_STUBS);

    private SignInCache cache(Duration remembered) {
        return new SignInCache(engine, new SignInProperties(0, null, remembered), nanos::get);
    }

    private void member(String... groups) {
        List<Group> found = java.util.Arrays.stream(groups).map(id -> {
            Group group = mock(Group.class);
            when(group.getId()).thenReturn(id);
            return group;
        }).toList();
        when(engine.createGroupQuery().groupMember("jo").list()).thenReturn(found);
        when(engine.createTenantQuery().userMember("jo").includingGroupsOfUser(true).list()).thenReturn(List.of());
    }

    @Test
    void aSignIn_isRememberedForTheConfiguredTime_thenCheckedWithTheEngineAgain() {
        when(engine.checkPassword("jo", "secret")).thenReturn(true);
        member("team-a");
        SignInCache cache = cache(Duration.ofSeconds(60));

        assertThat(cache.signIn("jo", "secret")).get().extracting(SignInCache.SignedIn::groups).isEqualTo(List.of("team-a"));
        nanos.addAndGet(Duration.ofSeconds(59).toNanos());
        assertThat(cache.signIn("jo", "secret")).isPresent();
        verify(engine, times(1)).checkPassword("jo", "secret");

        // the user's groups change and the password is taken away: seen once the time is up
        member("team-b");
        when(engine.checkPassword("jo", "secret")).thenReturn(false);
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(cache.signIn("jo", "secret")).isEmpty();
        when(engine.checkPassword("jo", "secret")).thenReturn(true);
        assertThat(cache.signIn("jo", "secret")).get().extracting(SignInCache.SignedIn::groups).isEqualTo(List.of("team-b"));
    }

    @Test
    void anotherPassword_goesToTheEngine_andForgetsTheSignIn() {
        when(engine.checkPassword("jo", "secret")).thenReturn(true);
        member("team-a");
        SignInCache cache = cache(Duration.ofSeconds(60));
        cache.signIn("jo", "secret");

        assertThat(cache.signIn("jo", "guess")).isEmpty();
        verify(engine).checkPassword("jo", "guess");
        assertThat(cache.signIn("jo", "secret")).isPresent();
        verify(engine, times(2)).checkPassword("jo", "secret");
    }

    @Test
    void zero_remembersNothing() {
        when(engine.checkPassword("jo", "secret")).thenReturn(true);
        member("team-a");
        SignInCache cache = cache(Duration.ZERO);
        cache.signIn("jo", "secret");
        cache.signIn("jo", "secret");
        verify(engine, times(2)).checkPassword("jo", "secret");
    }

    @Test
    void noUserOrNoPassword_neverReachesTheEngine() {
        SignInCache cache = cache(Duration.ofSeconds(60));
        assertThat(cache.signIn(" ", "secret")).isEmpty();
        assertThat(cache.signIn("jo", null)).isEmpty();
        verify(engine, never()).checkPassword(anyString(), anyString());
    }
}
