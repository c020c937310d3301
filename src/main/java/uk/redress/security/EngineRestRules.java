package uk.redress.security;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What members of staff may call on Camunda's REST API. On {@code /engine-rest}: what Tasklist, Cockpit and a
 * council's reporting tools need (reading tasks, complaints' processes and their history; working, claiming and
 * commenting on tasks), and nothing else. On the web apps' own door Cockpit reads more, so every read is left to the
 * engine's authorizations, but the only changes are the same task work. Administrators are not limited. Paths are
 * the part after the engine, without a trailing slash, e.g. {@code /task/abc/claim}.
 */
final class EngineRestRules {

    private record Rule(Set<String> methods, Pattern path) {
    }

    private static final String ID = "[^/]+";
    /** Tasks', comments', attachments' and processes' ids as the engine makes them: anything else is nobody's. */
    static final String ENGINE_ID = "([0-9a-fA-F-]{32,36}|[0-9]+)";
    private static final String HISTORY_QUERIES = "(process-instance|activity-instance|task|variable-instance|detail"
            + "|user-operation|incident|identity-link-log|decision-instance|case-instance|job-log)";

    /** The changes staff may make, through either door: working their tasks, and their own profile. */
    private static final List<Rule> TASK_WORK = List.of(
            rule("POST", "/task/" + ENGINE_ID + "/(submit-form|complete|claim|unclaim|assignee)"),
            rule("POST", "/task/" + ENGINE_ID + "/comment/create"),
            rule("POST", "/task/" + ENGINE_ID + "/attachment/create"),
            rule("DELETE", "/task/" + ENGINE_ID + "/attachment/" + ENGINE_ID),
            rule("PUT", "/user/" + ID + "/(credentials|profile)"),
            rule("POST", "/identity/(verify|password-policy)"));

    /** Queries sent as POST (the query in the body), which change nothing. */
    private static final List<Rule> QUERIES = List.of(
            rule("POST", "/task(/count)?"),
            rule("POST", "/filter/" + ID + "/(list|count|singleResult)"),
            rule("POST", "/process-instance(/count)?"),
            rule("POST", "/history/" + HISTORY_QUERIES + "(/count)?"));

    private static final List<Rule> REST_READS = List.of(
            rule("GET", "/engine|/version"),
            rule("GET", "/task(/count)?"),
            rule("GET", "/task/" + ENGINE_ID),
            rule("GET", "/task/" + ENGINE_ID + "/(form|form-variables|deployed-form|rendered-form|identity-links"
                    + "|variables|localVariables)(/" + ID + ")?"),
            rule("GET", "/task/" + ENGINE_ID + "/comment(/" + ENGINE_ID + ")?"),
            rule("GET", "/task/" + ENGINE_ID + "/attachment(/" + ENGINE_ID + "(/data)?)?"),
            rule("GET", "/filter(/count)?|/filter/" + ID + "(/(list|count|singleResult))?"),
            rule("GET", "/process-definition(/count)?"),
            rule("GET", "/process-definition/(key/" + ID + "|" + ID + ")(/xml|/diagram)?"),
            rule("GET", "/process-instance(/count)?"),
            rule("GET", "/process-instance/" + ENGINE_ID + "(/variables(/" + ID + ")?|/activity-instances)?"),
            rule("GET", "/history/" + HISTORY_QUERIES + "(/count)?"),
            rule("GET", "/history/" + HISTORY_QUERIES + "/" + ID),
            rule("GET", "/user(/count)?|/user/" + ID + "/profile|/group(/count)?|/identity/groups"),
            rule("GET", "/decision-definition(/count)?|/decision-definition/(key/" + ID + "|" + ID + ")(/xml)?"));

    /** Reads on the web apps' door that would tell staff about every council at once. */
    private static final Pattern WEB_APPS_NO_READ = Pattern.compile("/metrics(/.*)?");

    private EngineRestRules() {
    }

    /** On {@code /engine-rest}: the listed reads, queries and task work. */
    static boolean staffMayOnRestApi(String method, String path) {
        return matches(REST_READS, method, path) || matches(QUERIES, method, path) || matches(TASK_WORK, method, path);
    }

    /** On the web apps' door: any read the engine allows them (it filters by their rights), queries, task work. */
    static boolean staffMayOnWebApps(String method, String path) {
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return !WEB_APPS_NO_READ.matcher(path).matches();
        }
        return matches(QUERIES, method, path) || matches(TASK_WORK, method, path)
                || method.equals("POST") && path.matches("/(process-instance|process-definition|task|execution|job"
                + "|incident|deployment|decision-definition|variable-instance|external-task|batch|history/[a-z-]+)"
                + "(/count)?") && !path.startsWith("/history/cleanup");
    }

    private static boolean matches(List<Rule> rules, String method, String path) {
        return rules.stream().anyMatch(rule -> rule.methods().contains(method) && rule.path().matcher(path).matches());
    }

    private static Rule rule(String methods, String path) {
        return new Rule(Set.of(methods.split(" ")), Pattern.compile(path));
    }
}
