package uk.redress.problem;

import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Puts {@link RefusedStepMapper} in every Jersey application of the server: Camunda's REST API under
 * {@code /engine-rest} and the web apps' own door under {@code /camunda/api/engine}, whose resource lists are
 * Camunda's (registered through {@code META-INF/services}, Jersey's documented discovery).
 */
public class RefusedStepsFeature implements ForcedAutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
        if (!context.getConfiguration().isRegistered(RefusedStepMapper.class)) {
            context.register(RefusedStepMapper.class);
        }
        if (!context.getConfiguration().isRegistered(RefusedStepMapper.Wrapped.class)) {
            context.register(RefusedStepMapper.Wrapped.class);
        }
    }
}
