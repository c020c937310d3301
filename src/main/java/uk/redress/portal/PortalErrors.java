package uk.redress.portal;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** A resident's request the server refuses whole (files over the limits) gets a page, not an error code alone. */
@ControllerAdvice
class PortalErrors {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletResponse response) {
        response.setStatus(413);
        return PortalViews.message("tooLarge");
    }
}
