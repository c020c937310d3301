package uk.redress.workspace;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;
import uk.redress.problem.Forbidden;
import uk.redress.problem.NotFound;

/**
 * What every workspace page (and the reports pages, which share its look) shares: who is signed in, and errors as pages rather than the API's problem documents
 * (ahead of the API's handler, which covers every controller). Another team's complaint is "not found", exactly
 * as through the API, so a reference tells nothing to someone who may not see it.
 */
@ControllerAdvice(basePackages = {"uk.redress.workspace", "uk.redress.reporting"})
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkspacePages {

    @ModelAttribute("staffUser")
    String staffUser(Principal principal) {
        return principal == null ? null : principal.getName();
    }

    /** The page's address, so the navigation can mark where the person is. */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "complaints/not-found";
    }

    @ExceptionHandler(Forbidden.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "complaints/forbidden";
    }
}
