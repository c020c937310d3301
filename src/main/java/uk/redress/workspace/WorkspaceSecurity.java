package uk.redress.workspace;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The staff workspace signs staff in with a form of its own, against the same users and passwords as Tasklist
 * (the engine's identity service, through the application's one authentication provider), and keeps them signed in
 * with the session cookie; every form carries a CSRF token. The stylesheets and scripts are public. A failed
 * sign-in answers 401 with the form again, so the sign-in throttle counts it as it counts the other doors'.
 */
@Configuration(proxyBeanMethods = false)
class WorkspaceSecurity {

    static final String SIGN_IN = "/complaints/sign-in";
    /** Where a refused sign-in is forwarded to show the form again (not the sign-in URL: that would sign in again). */
    static final String SIGN_IN_REFUSED = "/complaints/sign-in/refused";

    @Bean
    @Order(2)
    SecurityFilterChain workspace(HttpSecurity http) throws Exception {
        return http.securityMatcher("/complaints", "/complaints/**", "/webjars/**", "/workspace/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(SIGN_IN, SIGN_IN_REFUSED, "/webjars/**", "/workspace/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(SIGN_IN).loginProcessingUrl(SIGN_IN)
                        .defaultSuccessUrl("/complaints", false)
                        .failureHandler((request, response, refused) -> {
                            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                            request.setAttribute(SignInController.FAILED, true);
                            request.getRequestDispatcher(SIGN_IN_REFUSED).forward(request, response);
                        }))
                .logout(logout -> logout.logoutUrl("/complaints/sign-out").logoutSuccessUrl(SIGN_IN + "?signed-out"))
                .build();
    }
}
