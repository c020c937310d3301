package uk.redress.portal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The residents' pages have a security chain of their own: nobody signs in, every form carries a CSRF token, the
 * pages may load scripts and styles from Redress only (no inline script), nothing may frame them, and no address
 * is passed on to other sites. Each address may make only so many attempts ({@link PortalRateLimit}).
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurity {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'; object-src 'none'";

    @Bean
    @Order(3)
    SecurityFilterChain residents(HttpSecurity http) throws Exception {
        return http.securityMatcher("/complain", "/complain/**", "/portal/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    @Bean
    FilterRegistrationBean<PortalRateLimit> portalRateLimit(PortalProperties properties) {
        FilterRegistrationBean<PortalRateLimit> registration = new FilterRegistrationBean<>(new PortalRateLimit(properties));
        registration.setName("redress-portal-rate-limit");
        registration.addUrlPatterns("/complain/*");
        registration.setOrder(org.springframework.boot.autoconfigure.security.SecurityProperties.DEFAULT_FILTER_ORDER - 20);
        return registration;
    }
}
