package uk.redress.reporting;

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

/** The reports pages share the workspace's layout: who is signed in, where they are, "Page not found" and "You cannot do this" pages. */
@ControllerAdvice(basePackages = "uk.redress.reporting")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReportPages {

    @ModelAttribute("staffUser")
    String staffUser(Principal principal) {
        return principal == null ? null : principal.getName();
    }

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
