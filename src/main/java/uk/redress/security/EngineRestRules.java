package uk.redress.security;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What members of staff may call on {@code /engine-rest}: what Tasklist, Cockpit and a council's reporting tools
 * need (reading tasks, complaints' processes and their history; working, claiming and commenting on tasks), and
 * nothing else. Administrators are not limited. Paths are the part after the engine, e.g. {@code /task/abc/claim}.
 */
final class EngineRestRules {

    private record Rule(Set<String> methods, Pattern path) {
    }

    private static final String ID = "[^/]+";
    private static final String HISTORY_QUERIES = "(process-instance|activity-instance|task|variable-instance|detail"
            + "|user-operation|incident|identity-link-log|decision-instance|case-instance|job-log)";

    private static final List<Rule> STAFF = List.of(
            rule("GET", "/engine/?|/version"),
            rule("GET POST", "/task(/count)?"),
            rule("GET", "/task/" + ID),
            rule("GET", "/task/" + ID + "/(form|form-variables|deployed-form|rendered-form|identity-links"
                    + "|variables|localVariables)(/" + ID + ")?"),
            rule("POST", "/task/" + ID + "/(submit-form|complete|claim|unclaim|assignee)"),
            rule("GET", "/task/" + ID + "/comment(/" + ID + ")?"),
            rule("POST", "/task/" + ID + "/comment/create"),
            rule("GET", "/task/" + ID + "/attachment(/" + ID + "(/data)?)?"),
            rule("POST", "/task/" + ID + "/attachment/create"),
            rule("DELETE", "/task/" + ID + "/attachment/" + ID),
            rule("GET POST", "/filter(/count)?"),
            rule("GET", "/filter/" + ID),
            rule("GET POST", "/filter/" + ID + "/(list|count|singleResult)"),
            rule("GET POST", "/process-definition(/count)?"),
            rule("GET", "/process-definition/(key/" + ID + "|" + ID + ")(/xml|/diagram)?"),
            rule("GET POST", "/process-instance(/count)?"),
            rule("GET", "/process-instance/" + ID + "(/variables(/" + ID + ")?|/activity-instances)?"),
            rule("GET POST", "/history/" + HISTORY_QUERIES + "(/count)?"),
            rule("GET", "/history/" + HISTORY_QUERIES + "/" + ID),
            rule("GET", "/user(/count)?|/user/" + ID + "/profile|/group(/count)?|/identity/groups"),
            rule("GET", "/decision-definition(/count)?|/decision-definition/(key/" + ID + "|" + ID + ")(/xml)?"));

    private EngineRestRules() {
    }

    static boolean staffMay(String method, String path) {
        return STAFF.stream().anyMatch(rule -> rule.methods().contains(method) && rule.path().matcher(path).matches());
    }

    private static Rule rule(String methods, String path) {
        return new Rule(Set.of(methods.split(" ")), Pattern.compile(path));
    }
}
