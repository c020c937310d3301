package uk.redress.portal;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** The residents' one-message pages: a title and a paragraph from the messages, under {@code <key>.title/.text}. */
final class PortalViews {

    private PortalViews() {
    }

    static String message(String key) {
        RequestContextHolder.currentRequestAttributes().setAttribute("message", key, RequestAttributes.SCOPE_REQUEST);
        return "complain/message";
    }
}
