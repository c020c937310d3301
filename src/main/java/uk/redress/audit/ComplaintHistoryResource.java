package uk.redress.audit;

import java.util.Map;
import java.util.function.Supplier;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import uk.redress.problem.NotFound;

/** One complaint's history, read-only: its summary and process tree, then each part a page at a time. */
public class ComplaintHistoryResource extends AbstractCockpitPluginResource {

    private final ComplaintHistories histories;

    ComplaintHistoryResource(String engineName, ComplaintHistories histories) {
        super(engineName);
        this.histories = histories;
    }

    @GET
    @Path("complaints/{reference}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response summary(@PathParam("reference") String reference) {
        return answer(() -> histories.summary(getProcessEngine(), reference));
    }

    @GET
    @Path("complaints/{reference}/{part}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response part(@PathParam("reference") String reference, @PathParam("part") String part,
                         @QueryParam("page") @DefaultValue("1") String page) {
        int number;
        try {
            number = Integer.parseInt(page);
        } catch (NumberFormatException e) {
            number = 0;
        }
        if (number < 1) {
            return message(Response.Status.BAD_REQUEST, "page must be a whole number from 1");
        }
        int chosen = number;
        return answer(() -> histories.part(getProcessEngine(), reference, part, chosen));
    }

    private static Response answer(Supplier<Object> body) {
        try {
            return Response.ok(body.get(), MediaType.APPLICATION_JSON_TYPE).build();
        } catch (NotFound e) {
            return message(Response.Status.NOT_FOUND, e.getMessage());
        }
    }

    private static Response message(Response.Status status, String text) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("message", text)).build();
    }
}
