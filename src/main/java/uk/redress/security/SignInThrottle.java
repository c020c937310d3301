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
 * Counts failed sign-ins (every door: the Redress API, Camunda's REST API, the web apps' sign-in form, the staff
 * workspace's sign-in form, the operations endpoints) in token buckets: one per client address and user name, and a larger one per address. When
 * either is used up, that address gets 429 for that user (or for everyone, if it guessed at many) until it refills;
 * the same user signing in from elsewhere, and colleagues behind the same office address, carry on. Accounts are
 * never locked (the engine's own delays are off). Behind a proxy the client address is the forwarded one, trusted
 * from the proxy only ({@code server.tomcat.remoteip.internal-proxies}). Buckets live in memory per node: a limit
 * on guessing, not state that matters.
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
        HttpServletRequest checked = request;
        String user;
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            user = basicUser(authorization);
        } else if ("POST".equals(request.getMethod()) && request.getRequestURI().contains("/api/admin/auth/user/")) {
            CachedBodyRequest body;
            try {
                body = CachedBodyRequest.of(request);
            } catch (CachedBodyRequest.TooLarge e) {
                ProblemWriter.write(response, 413, "A sign-in is a user name and a password");
                return;
            }
            checked = body;
            user = formUser(body.body());
        } else if ("POST".equals(request.getMethod()) && "/complaints/sign-in".equals(request.getRequestURI())) {
            // the staff workspace's sign-in form (uk.redress.workspace), which answers a wrong password with 401
            String name = request.getParameter("username");
            user = name == null ? "" : name.toLowerCase(java.util.Locale.ROOT);
        } else {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        // one person guessing one account, and one address guessing many
        Bucket account = bucket(address + "|" + user, properties.failuresAllowed());
        Bucket everyone = bucket(address, properties.failuresAllowed() * 10);
        Bucket empty = account.getAvailableTokens() < 1 ? account : everyone.getAvailableTokens() < 1 ? everyone : null;
        if (empty != null) {
            long wait = TimeUnit.NANOSECONDS.toSeconds(empty.estimateAbilityToConsume(1).getNanosToWaitForRefill()) + 1;
            response.setHeader("Retry-After", String.valueOf(wait));
            ProblemWriter.write(response, 429, "Too many failed sign-ins: try again in " + wait + " seconds");
            return;
        }
        chain.doFilter(checked, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            account.tryConsume(1);
            everyone.tryConsume(1);
        }
    }

    private Bucket bucket(String key, int capacity) {
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, properties.window()))
                .build());
    }

    private static String basicUser(String authorization) {
        try {
            String decoded = new String(java.util.Base64.getDecoder().decode(authorization.substring(6).trim()),
                    java.nio.charset.StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return (colon < 0 ? decoded : decoded.substring(0, colon)).toLowerCase(java.util.Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String formUser(byte[] body) {
        for (String pair : new String(body, java.nio.charset.StandardCharsets.UTF_8).split("&")) {
            if (pair.startsWith("username=")) {
                return java.net.URLDecoder.decode(pair.substring(9), java.nio.charset.StandardCharsets.UTF_8)
                        .toLowerCase(java.util.Locale.ROOT);
            }
        }
        return "";
    }
}
