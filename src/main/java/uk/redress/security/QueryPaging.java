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

    static HttpServletRequest limit(HttpServletRequest request, String method, String path) {
        if (!(method.equals("GET") || method.equals("POST")) || !LISTS.matcher(path).matches()) {
            return request;
        }
        if (method.equals("POST") && !(path.startsWith("/history/") || path.endsWith("/list")
                || path.matches("^/(task|process-instance|process-definition|execution|variable-instance)/?$"))) {
            return request;
        }
        String asked = request.getParameter("maxResults");
        if (asked != null && asked.matches("\\d{1,9}") && Integer.parseInt(asked) <= LIMIT) {
            return request;
        }
        String query = UriComponentsBuilder.newInstance().query(request.getQueryString())
                .replaceQueryParam("maxResults", LIMIT).build(true).getQuery();
        Map<String, String[]> parameters = new HashMap<>(request.getParameterMap());
        parameters.put("maxResults", new String[] {String.valueOf(LIMIT)});
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
