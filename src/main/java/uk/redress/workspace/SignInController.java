package uk.redress.workspace;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The workspace's own sign-in page; Spring Security checks the form it posts (see {@link WorkspaceSecurity}). */
@Controller
class SignInController {

    @GetMapping(WorkspaceSecurity.SIGN_IN)
    String signIn() {
        return "complaints/sign-in";
    }
}
