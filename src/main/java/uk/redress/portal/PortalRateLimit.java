package uk.redress.portal;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Each client address may post the residents' forms, or follow status links, only so many times in a window (a
 * token bucket each): enough for a person, too few to flood the complaints team or guess links. Reading pages is
 * not counted. Per node, in memory: a brake, not a record.
 */
class PortalRateLimit extends OncePerRequestFilter {

    private static final int ADDRESSES_REMEMBERED = 10_000;

    private final PortalProperties properties;
    private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > ADDRESSES_REMEMBERED;
        }
    });

    PortalRateLimit(PortalProperties properties) {
        this.properties = properties;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean counted = "POST".equals(request.getMethod()) || request.getRequestURI().contains("/complain/follow/");
        if (!counted) {
            chain.doFilter(request, response);
            return;
        }
        Bucket bucket = buckets.computeIfAbsent(request.getRemoteAddr(), address -> Bucket.builder()
                .addLimit(limit -> limit.capacity(properties.attemptsAllowed())
                        .refillGreedy(properties.attemptsAllowed(), properties.window()))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long wait = TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1;
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(wait));
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
                    + "<title>Too many attempts</title></head><body><main><h1>Too many attempts</h1>"
                    + "<p>Please wait " + (wait / 60 + 1) + " minutes and try again. If you need help now, "
                    + "phone the council.</p></main></body></html>");
            return;
        }
        chain.doFilter(request, response);
    }
}
