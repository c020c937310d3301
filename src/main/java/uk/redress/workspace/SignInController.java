package uk.redress.workspace;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * The workspace's own sign-in page; Spring Security checks the form it posts (see {@link WorkspaceSecurity}) and,
 * when the password is wrong, forwards the post to the refused address to show the form again with the error.
 */
@Controller
class SignInController {

    static final String FAILED = "signInFailed";

    @RequestMapping(path = {WorkspaceSecurity.SIGN_IN, WorkspaceSecurity.SIGN_IN_REFUSED},
            method = {RequestMethod.GET, RequestMethod.POST})
    String signIn(HttpServletRequest request, Model model) {
        model.addAttribute(FAILED, request.getAttribute(FAILED) != null);
        return "complaints/sign-in";
    }
}
