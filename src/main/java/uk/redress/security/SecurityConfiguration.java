package uk.redress.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import uk.redress.engine.EngineCallers;

/**
 * Everything that shows complaint data needs a signed-in member of staff:
 * <ul>
 *   <li>{@code /api/**} (Redress API): HTTP Basic against the engine's users, stateless, answers 401 as a problem;</li>
 *   <li>{@code /engine-rest/**} (Camunda REST): Camunda's own HTTP Basic filter, so its authorizations apply (its
 *   sign-ins remembered a short while, as the API's are: {@link SignInCache});</li>
 *   <li>{@code /camunda/**} (Tasklist, Cockpit, Admin): the web apps' own login and CSRF protection.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final int ENGINE_REST_AUTHENTICATION = 10;

    @Bean
    @org.springframework.core.annotation.Order(1)
    SecurityFilterChain redressApi(HttpSecurity http) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> problem(response);
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // stateless Basic auth sends no cookie a browser could replay, so there is nothing for CSRF to steal
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * Actuator: health (and the liveness/readiness probes) open to load balancers without details; details and
     * metrics for administrators only.
     */
    @Bean
    SecurityFilterChain operations(HttpSecurity http) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> problem(response);
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                        .permitAll()
                        .anyRequest().hasAuthority("camunda-admin"))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    StaffAuthenticationProvider staffAuthenticationProvider(SignInCache signIns) {
        return new StaffAuthenticationProvider(signIns);
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication(SignInCache signIns) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new EngineRestAuthentication(signIns));
        registration.setName("camunda-rest-authentication");
        // Camunda's filter insists on a provider class; EngineRestAuthentication replaces it with the remembering one
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(ENGINE_REST_AUTHENTICATION);
        return registration;
    }

    /** After the engine knows who is calling on /engine-rest; on the web apps' door it reads their session. */
    @Bean
    FilterRegistrationBean<EngineRestGuard> engineRestGuard(EngineCallers callers, IdentityService identityService,
                                                            TaskService taskService, RuntimeService runtimeService,
                                                            TaskVariablesCheck variables,
                                                            ApplicationEventPublisher events) {
        FilterRegistrationBean<EngineRestGuard> registration = new FilterRegistrationBean<>(
                new EngineRestGuard(callers, identityService, taskService, runtimeService, variables, events));
        registration.setName("redress-engine-rest-guard");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(ENGINE_REST_AUTHENTICATION + 1);
        return registration;
    }

    /** Before authentication: a forged cross-site call is refused whoever's credentials the browser replays. */
    @Bean
    FilterRegistrationBean<CrossSiteRequestGuard> crossSiteRequestGuard() {
        FilterRegistrationBean<CrossSiteRequestGuard> registration = new FilterRegistrationBean<>(new CrossSiteRequestGuard());
        registration.setName("redress-cross-site-guard");
        registration.addUrlPatterns("/api/*", "/engine-rest/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 5);
        return registration;
    }

    /** Before anything checks a password, so a throttled address never reaches one. */
    @Bean
    FilterRegistrationBean<SignInThrottle> signInThrottle(SignInProperties properties) {
        FilterRegistrationBean<SignInThrottle> registration = new FilterRegistrationBean<>(new SignInThrottle(properties));
        registration.setName("redress-sign-in-throttle");
        registration.addUrlPatterns("/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }

    private static void problem(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"Redress\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":\"Sign in with your Redress staff user name and password (HTTP Basic)\"}");
    }
}
