package uk.redress.security;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.redress.problem.ProblemWriter;

/**
 * Counts failed sign-ins per client address (every door: the Redress API, Camunda's REST API, the web apps' sign-in
 * form, the operations endpoints) in a token bucket; an address that has used up its failures gets 429 until the
 * bucket refills. Behind a proxy the client address is the forwarded one ({@code server.forward-headers-strategy}).
 * Buckets live in memory per node: a limit on guessing, not state that matters.
 */
class SignInThrottle extends OncePerRequestFilter {

    private static final int ADDRESSES_REMEMBERED = 10_000;

    private final SignInProperties properties;
    private final Map<String, Bucket> buckets = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                    return size() > ADDRESSES_REMEMBERED;
                }
            });

    SignInThrottle(SignInProperties properties) {
        this.properties = properties;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!signsIn(request)) {
            chain.doFilter(request, response);
            return;
        }
        Bucket bucket = buckets.computeIfAbsent(request.getRemoteAddr(), address -> Bucket.builder()
                .addLimit(limit -> limit.capacity(properties.failuresAllowed())
                        .refillGreedy(properties.failuresAllowed(), properties.window()))
                .build());
        if (bucket.getAvailableTokens() < 1) {
            long wait = TimeUnit.NANOSECONDS.toSeconds(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()) + 1;
            response.setHeader("Retry-After", String.valueOf(wait));
            ProblemWriter.write(response, 429, "Too many failed sign-ins from your address: try again in "
                    + wait + " seconds");
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            bucket.tryConsume(1);
        }
    }

    private static boolean signsIn(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
                || "POST".equals(request.getMethod()) && request.getRequestURI().contains("/api/admin/auth/user/");
    }
}
