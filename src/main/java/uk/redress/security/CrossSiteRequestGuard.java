package uk.redress.security;

import java.io.IOException;
import java.net.URI;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.redress.problem.ProblemWriter;

/**
 * The Redress API and Camunda's REST API take HTTP Basic credentials, which a browser replays by itself: a page on
 * another site could make a signed-in officer's browser post to them. So a call that changes something must come
 * from this site or from no browser at all (no foreign {@code Origin}), and say what it sends: JSON, or a
 * multipart upload marked with {@code X-Requested-With}, which a cross-site form cannot add.
 */
class CrossSiteRequestGuard extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !sameSite(origin, request)) {
            ProblemWriter.write(response, 403, "Calls that change something are accepted from this site only");
            return;
        }
        if (!declared(request)) {
            ProblemWriter.write(response, 415, "Send JSON (Content-Type: application/json), even with an empty body");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean declared(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return hasRequestedWith(request);
        }
        MediaType media;
        try {
            media = MediaType.parseMediaType(type);
        } catch (RuntimeException e) {
            return false;
        }
        if (media.isCompatibleWith(MediaType.APPLICATION_JSON) || "json".equals(media.getSubtypeSuffix())) {
            return true;
        }
        return hasRequestedWith(request);
    }

    private static boolean hasRequestedWith(HttpServletRequest request) {
        String marker = request.getHeader("X-Requested-With");
        return marker != null && !marker.isBlank();
    }

    private static boolean sameSite(String origin, HttpServletRequest request) {
        try {
            URI from = URI.create(origin);
            int port = from.getPort() != -1 ? from.getPort() : "https".equalsIgnoreCase(from.getScheme()) ? 443 : 80;
            return from.getScheme() != null && from.getScheme().equalsIgnoreCase(request.getScheme())
                    && from.getHost() != null && from.getHost().equalsIgnoreCase(request.getServerName())
                    && port == request.getServerPort();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
