package uk.redress.workspace;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The staff workspace signs staff in with a form of its own, against the same users and passwords as Tasklist
 * (the engine's identity service, through the application's one authentication provider), and keeps them signed in
 * with the session cookie; every form carries a CSRF token. The stylesheets and scripts are public.
 */
@Configuration(proxyBeanMethods = false)
class WorkspaceSecurity {

    static final String SIGN_IN = "/complaints/sign-in";

    @Bean
    @Order(2)
    SecurityFilterChain workspace(HttpSecurity http) throws Exception {
        return http.securityMatcher("/complaints", "/complaints/**", "/webjars/**", "/workspace/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(SIGN_IN, "/webjars/**", "/workspace/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(SIGN_IN).loginProcessingUrl(SIGN_IN)
                        .defaultSuccessUrl("/complaints", false).failureUrl(SIGN_IN + "?error"))
                .logout(logout -> logout.logoutUrl("/complaints/sign-out").logoutSuccessUrl(SIGN_IN + "?signed-out"))
                .build();
    }
}
