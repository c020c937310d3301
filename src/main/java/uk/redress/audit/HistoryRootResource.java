package uk.redress.audit;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * {@code /camunda/api/cockpit/plugin/redress-history/{engine}/...}: the web apps' security lets only a signed-in
 * user of that engine through, and sets the engine's authentication to them for the request. Cockpit makes its
 * resources itself, so Redress's services come from the application context of the servlet context.
 */
@Path("plugin/" + HistoryPlugin.ID)
public class HistoryRootResource extends AbstractCockpitPluginRootResource {

    public HistoryRootResource() {
        super(HistoryPlugin.ID);
    }

    @Path("{engineName}")
    public ComplaintHistoryResource engine(@PathParam("engineName") String engineName) {
        ComplaintHistories histories = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)
                .getBean(ComplaintHistories.class);
        // not through subResource(...): it only hands the resource back, and its parameters differ in Operaton
        return new ComplaintHistoryResource(engineName, histories);
    }
}
