package uk.redress.problem;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error the server itself answers (a refused path, a wrong method, a missing page) is a problem
 * ({@code application/problem+json}) saying only what the status means: never a stack trace, a server name or an
 * HTML page built from the request.
 */
@Controller
class ErrorProblems implements ErrorController {

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number && number >= 400 ? number : 500;
        ProblemWriter.write(response, status, ServerProblems.detail(status));
    }
}
