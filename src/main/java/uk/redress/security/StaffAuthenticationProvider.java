package uk.redress.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Staff sign in to the Redress API with the same user and password as in Tasklist: the engine's identity
 * service is the one user store (through {@link SignInCache}, so calls one after another check it once). Each
 * Camunda group becomes an authority named after the group id.
 */
class StaffAuthenticationProvider implements AuthenticationProvider {

    private final SignInCache signIns;

    StaffAuthenticationProvider(SignInCache signIns) {
        this.signIns = signIns;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        Object credentials = authentication.getCredentials();
        SignInCache.SignedIn signedIn = signIns.signIn(authentication.getName(),
                        credentials == null ? null : credentials.toString())
                .orElseThrow(() -> new BadCredentialsException("Unknown user or wrong password"));
        return UsernamePasswordAuthenticationToken.authenticated(signedIn.user(), null,
                signedIn.groups().stream().map(SimpleGrantedAuthority::new).toList());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
