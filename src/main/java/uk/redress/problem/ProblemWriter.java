package uk.redress.problem;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Writes a problem ({@code application/problem+json}) straight onto a response, for the places that answer before
 * Spring MVC does: servlet filters and the server's own refusals.
 */
public final class ProblemWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemWriter() {
    }

    public static void write(HttpServletResponse response, int status, String detail) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        HttpStatus known = HttpStatus.resolve(status);
        problem.put("title", known == null ? "Error" : known.getReasonPhrase());
        problem.put("status", status);
        problem.put("detail", detail);
        response.getWriter().write(JSON.writeValueAsString(problem));
        response.flushBuffer();
    }
}
