package uk.redress.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The engine's authorization checks without reading the whole authorization table on every command.
 *
 * <p>Camunda narrows the signed-in person's groups to those named in some authorization before each check, by
 * {@code SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION} once per command: a full read of a table that grows
 * with every open task (each task grants its candidate group), so taking in one complaint read every
 * authorization row (about 100,300 rows at 100,000 open tasks, measured on PostgreSQL). The narrowing only keeps
 * the checks' group lists short; a group with no authorization matches nothing in them, so passing the person's
 * own groups gives the same answers. Redress does that for anyone in a handful of groups, and leaves people in
 * many groups (a directory-backed installation) to the engine's own narrowing.
 */
final class CallerGroupsAuthorizations implements SessionFactory {

    /** Beyond this many groups the checks' IN lists would grow long: the engine narrows them as it always did. */
    static final int MOST_GROUPS_CHECKED_AS_THEY_ARE = 50;

    @Override
    public Class<?> getSessionType() {
        return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
        return new CallerGroupsAuthorizationManager();
    }

    static final class CallerGroupsAuthorizationManager extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            if (authenticatedGroupIds == null || authenticatedGroupIds.size() > MOST_GROUPS_CHECKED_AS_THEY_ARE) {
                return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
            }
            return new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
        }
    }
}
