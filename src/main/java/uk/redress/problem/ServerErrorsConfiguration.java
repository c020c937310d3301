package uk.redress.problem;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Errors raised before Spring MVC answers are problems too: the security firewall's refusals (an encoded slash,
 * a {@code ;} parameter, a backslash, a NUL, an escaped letter) and Tomcat's own ({@link ProblemErrorReportValve}).
 */
@Configuration(proxyBeanMethods = false)
class ServerErrorsConfiguration {

    @Bean
    RequestRejectedHandler problemForRejectedRequests() {
        return (request, response, rejected) -> ProblemWriter.write(response, 400, ServerProblems.detail(400));
    }

    /**
     * Refuses a path with an escaped letter, digit or {@code - . _ ~}, first of all. No client escapes those (RFC
     * 3986 says not to), so such a path only disguises another: the servlet container maps "/engine-r%65st/..." to
     * the REST API while a rule written for "/engine-rest" would not see it, and Spring's own path handling fails
     * on it before the security firewall is asked.
     */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<jakarta.servlet.Filter> escapedPathRefusal() {
        java.util.regex.Pattern escapedUnreserved =
                java.util.regex.Pattern.compile("%(3[0-9]|[46][1-9A-Fa-f]|[57][0-9Aa]|2[DdEe]|5[Ff]|7[Ee])");
        jakarta.servlet.Filter filter = (request, response, chain) -> {
            if (request instanceof jakarta.servlet.http.HttpServletRequest http
                    && escapedUnreserved.matcher(http.getRequestURI()).find()) {
                ProblemWriter.write((jakarta.servlet.http.HttpServletResponse) response, 400,
                        ServerProblems.detail(400));
                return;
            }
            chain.doFilter(request, response);
        };
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** After Spring Boot's own Tomcat set-up, which adds the plain error report valve this one replaces. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }
}
