package uk.redress.deployment;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Left;
import camundajar.impl.scala.util.Right;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.springframework.stereotype.Component;

/**
 * Camunda's FEEL engine as the DMN engine uses it, but each expression is parsed once rather than at every
 * evaluation. The benchmarks (README "Performance") found 14% of a complaint's intake spent re-parsing the same
 * exclusion-table cells: Camunda 7's FEEL integration hands the text to the FEEL engine, which parses it every time.
 * Evaluation itself is unchanged: same FEEL engine, value mappers, variables and error messages.
 * <p>
 * The cache holds the cells of the deployed decision tables, a bounded set; as a safeguard it is emptied if it ever
 * grows past {@value #MAX_ENTRIES} texts (for example, expressions generated per call by some future caller).
 */
@Component
public class ParsedFeelCache extends AbstractProcessEnginePlugin {

    static final int MAX_ENTRIES = 10_000;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration();
        if (dmn == null) {
            dmn = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
            configuration.setDmnEngineConfiguration(dmn);
        }
        if (configuration.isDmnFeelEnableLegacyBehavior() || dmn.getFeelEngineFactory() != null) {
            return; // someone chose another FEEL engine: leave it be
        }
        List<FeelCustomFunctionProvider> functions = configuration.getDmnFeelCustomFunctionProviders();
        dmn.setFeelEngineFactory(new Factory(functions == null ? List.of() : functions));
    }

    /** The caching engine's factory, for a DMN engine built outside the process engine (the benchmarks). */
    public static FeelEngineFactory factory() {
        return new Factory(List.of());
    }

    record Factory(List<FeelCustomFunctionProvider> functions) implements FeelEngineFactory {
        @Override
        public FeelEngine createInstance() {
            return new CachingScalaFeelEngine(functions);
        }
    }

    /** {@link ScalaFeelEngine} with the parse step cached; the evaluation context is built exactly as it does. */
    static class CachingScalaFeelEngine extends ScalaFeelEngine {

        private final Map<String, Either<org.camunda.feel.FeelEngine.Failure, ParsedExpression>> expressions =
                new ConcurrentHashMap<>();
        private final Map<String, Either<org.camunda.feel.FeelEngine.Failure, ParsedExpression>> unaryTests =
                new ConcurrentHashMap<>();

        CachingScalaFeelEngine(List<FeelCustomFunctionProvider> functions) {
            super(functions);
        }

        int cachedTexts() {
            return expressions.size() + unaryTests.size();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
            ParsedExpression parsed = parsed(expressions, expression, true);
            CustomContext context = new CustomContext() {
                @Override
                public VariableProvider variableProvider() {
                    return new ContextVariableWrapper(variableContext);
                }
            };
            return (T) valueOf(feelEngine.eval(parsed, context));
        }

        @Override
        public boolean evaluateSimpleUnaryTests(String expression, String inputVariable,
                                                VariableContext variableContext) {
            ParsedExpression parsed = parsed(unaryTests, expression, false);
            VariableProvider input = new VariableProvider.StaticVariableProvider(
                    new camundajar.impl.scala.collection.immutable.Map.Map1<>(
                            org.camunda.feel.FeelEngine.UnaryTests$.MODULE$.inputVariable(), inputVariable));
            VariableProvider variables = new ContextVariableWrapper(variableContext);
            CustomContext context = new CustomContext() {
                @Override
                public VariableProvider variableProvider() {
                    return new VariableProvider.CompositeVariableProvider(toScalaList(input, variables));
                }
            };
            return camundajar.impl.scala.runtime.BoxesRunTime.unboxToBoolean(valueOf(feelEngine.eval(parsed, context)));
        }

        private ParsedExpression parsed(Map<String, Either<org.camunda.feel.FeelEngine.Failure, ParsedExpression>> cache,
                                        String text, boolean expression) {
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
            Either<org.camunda.feel.FeelEngine.Failure, ParsedExpression> result = cache.computeIfAbsent(text,
                    key -> expression ? feelEngine.parseExpression(key) : feelEngine.parseUnaryTests(key));
            return (ParsedExpression) valueOf(result);
        }

        private static Object valueOf(Either<?, ?> result) {
            if (result instanceof Right<?, ?> right) {
                return right.value();
            }
            org.camunda.feel.FeelEngine.Failure failure =
                    (org.camunda.feel.FeelEngine.Failure) ((Left<?, ?>) result).value();
            throw LOGGER.evaluationException(failure.message());
        }
    }
}
