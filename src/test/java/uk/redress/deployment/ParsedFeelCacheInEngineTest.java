package uk.redress.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.redress.RedressSpringTest;

/** Redress's engine evaluates the exclusion tables with the caching FEEL engine. */
class ParsedFeelCacheInEngineTest extends RedressSpringTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void theDecisionEngineUsesTheCachingFeelEngine() {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getDmnEngineConfiguration().getFeelEngine())
                .isInstanceOf(ParsedFeelCache.CachingScalaFeelEngine.class);
    }
}
