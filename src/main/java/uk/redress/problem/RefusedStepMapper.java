package uk.redress.problem;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * A step a diagram refuses (a response without its text, an extension past the maximum, stage 2 taken by the stage 1
 * handler) is the caller's mistake, not the server's: the engine wraps a task or execution listener's refusal in a
 * plain engine exception, which Camunda's REST doors would answer 500 (some resources wrap it once more, as "Cannot
 * complete task"). This answers it 400 with the refusal's own words, as Tasklist shows them; anything else is
 * answered exactly as Camunda's own handlers answer it.
 */
@Priority(1)
public class RefusedStepMapper implements ExceptionMapper<ProcessEngineException> {

    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException exception) {
        Throwable refusal = exception instanceof BadUserRequestException ? null : refusal(exception.getCause());
        return refusal == null ? camunda.toResponse(exception) : refused(refusal);
    }

    /** The same for a refusal that a resource wrapped as its own server error. */
    @Priority(1)
    public static class Wrapped implements ExceptionMapper<RestException> {

        private final RestExceptionHandler camunda = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            boolean serverError = exception.getStatus() == null
                    || exception.getStatus() == Response.Status.INTERNAL_SERVER_ERROR;
            Throwable refusal = serverError ? refusal(exception.getCause()) : null;
            return refusal == null ? camunda.toResponse(exception) : refused(refusal);
        }
    }

    private static Throwable refusal(Throwable cause) {
        for (Throwable at = cause; at != null && at != at.getCause(); at = at.getCause()) {
            if (at instanceof InvalidInput || at instanceof BadUserRequestException) {
                return at;
            }
        }
        return null;
    }

    private static Response refused(Throwable refusal) {
        ExceptionDto body = new ExceptionDto();
        body.setType(BadUserRequestException.class.getSimpleName());
        // a form's refusal names its fields for the API; a person reads only what is wrong
        body.setMessage(refusal instanceof InvalidInput invalid && !invalid.errors().isEmpty()
                ? String.join(" ", invalid.errors().stream().map(FieldError::message).toList())
                : refusal.getMessage());
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
