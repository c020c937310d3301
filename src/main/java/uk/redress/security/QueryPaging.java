package uk.redress.security;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Camunda's REST lists answer with everything that matches when no page size is given (a whole history table at
 * once). Lists through either door come at most {@link #LIMIT} rows at a time: a larger or missing
 * {@code maxResults} becomes {@link #LIMIT}; callers page with {@code firstResult}.
 */
final class QueryPaging {

    static final int LIMIT = 1000;
    /** The list queries (GET, or POST with the query in the body), not their counts. */
    private static final Pattern LISTS = Pattern.compile("^/(task|process-definition|process-instance|execution|job"
            + "|incident|deployment|decision-definition|variable-instance|external-task|batch|user|group"
            + "|authorization|tenant|filter|filter/[^/]+/list|history/[a-z-]+)/?$");

    private QueryPaging() {
    }

    /** Whether the raw query names maxResults in plain letters (else it is rebuilt from the decoded parameters). */
    private static boolean rawNameIsPlain(HttpServletRequest request) {
        String raw = request.getQueryString();
        return raw == null || !raw.contains("%");
    }

    static HttpServletRequest limit(HttpServletRequest request, String method, String path) {
        if (!(method.equals("GET") || method.equals("POST")) || !LISTS.matcher(path).matches()) {
            return request;
        }
        if (method.equals("POST") && !(path.startsWith("/history/") || path.endsWith("/list")
                || path.matches("^/(task|process-instance|process-definition|execution|variable-instance)/?$"))) {
            return request;
        }
        String asked = request.getParameter("maxResults");
        if (asked != null && asked.matches("\\d{1,9}") && Integer.parseInt(asked) <= LIMIT
                && request.getParameterValues("maxResults").length == 1 && rawNameIsPlain(request)) {
            return request;
        }
        // the query string is rebuilt from the decoded parameters: an encoded name (maxResult%73) is the same name
        Map<String, String[]> parameters = new java.util.LinkedHashMap<>(request.getParameterMap());
        parameters.put("maxResults", new String[] {String.valueOf(LIMIT)});
        UriComponentsBuilder rebuilt = UriComponentsBuilder.newInstance();
        parameters.forEach((name, values) -> rebuilt.queryParam(name, (Object[]) values));
        String query = rebuilt.encode().build().getQuery();
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getQueryString() {
                return query;
            }

            @Override
            public String getParameter(String name) {
                String[] values = parameters.get(name);
                return values == null || values.length == 0 ? null : values[0];
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return Collections.unmodifiableMap(parameters);
            }

            @Override
            public java.util.Enumeration<String> getParameterNames() {
                return Collections.enumeration(parameters.keySet());
            }

            @Override
            public String[] getParameterValues(String name) {
                return parameters.get(name);
            }
        };
    }
}
