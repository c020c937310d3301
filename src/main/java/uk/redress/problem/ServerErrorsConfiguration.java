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
 * a {@code ;} parameter, a backslash, a NUL) and Tomcat's own ({@link ProblemErrorReportValve}).
 */
@Configuration(proxyBeanMethods = false)
class ServerErrorsConfiguration {

    @Bean
    RequestRejectedHandler problemForRejectedRequests() {
        return (request, response, rejected) -> ProblemWriter.write(response, 400, ServerProblems.detail(400));
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
