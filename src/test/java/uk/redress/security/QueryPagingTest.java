package uk.redress.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class QueryPagingTest {

    private static HttpServletRequest get(String path, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest" + path);
        request.setQueryString(query);
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] parts = pair.split("=", 2);
                request.addParameter(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        return request;
    }

    @Test
    void aHugePageIsCutToTheLimit() {
        HttpServletRequest paged = QueryPaging.limit(get("/history/variable-instance", "maxResults=1000000000&x=1"),
                "GET", "/history/variable-instance");
        assertThat(paged.getParameter("maxResults")).isEqualTo("1000");
        assertThat(paged.getQueryString()).contains("maxResults=1000").doesNotContain("1000000000").contains("x=1");
    }

    @Test
    void anEncodedParameterName_isTheSameParameter() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/history/detail");
        request.setQueryString("maxResult%73=1000000");
        request.addParameter("maxResults", "1000000"); // as the server decodes it
        HttpServletRequest paged = QueryPaging.limit(request, "GET", "/history/detail");
        assertThat(paged.getQueryString()).isEqualTo("maxResults=1000");
        MockHttpServletRequest twice = new MockHttpServletRequest("GET", "/engine-rest/history/detail");
        twice.setQueryString("maxResults=10&maxResult%73=1000000");
        twice.addParameter("maxResults", "10", "1000000");
        assertThat(QueryPaging.limit(twice, "GET", "/history/detail").getQueryString()).isEqualTo("maxResults=1000");
    }

    @Test
    void aListWithoutAPageSizeGetsTheLimit() {
        HttpServletRequest paged = QueryPaging.limit(get("/task", "processInstanceBusinessKey=HDC-2026-000001"),
                "GET", "/task");
        assertThat(paged.getQueryString()).isEqualTo("processInstanceBusinessKey=HDC-2026-000001&maxResults=1000");
    }

    @Test
    void aSmallPage_aCount_andASingleItemAreLeftAlone() {
        HttpServletRequest small = get("/task", "maxResults=15");
        assertThat(QueryPaging.limit(small, "GET", "/task")).isSameAs(small);
        HttpServletRequest count = get("/task/count", null);
        assertThat(QueryPaging.limit(count, "GET", "/task/count")).isSameAs(count);
        HttpServletRequest one = get("/task/abc", null);
        assertThat(QueryPaging.limit(one, "GET", "/task/abc")).isSameAs(one);
    }
}
