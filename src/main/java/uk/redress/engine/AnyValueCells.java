package uk.redress.engine;

import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnExpressionImpl;
import org.camunda.bpm.dmn.engine.impl.evaluation.ExpressionEvaluationHandler;
import org.camunda.bpm.dmn.engine.impl.spi.transform.DmnElementTransformContext;
import org.camunda.bpm.dmn.engine.impl.transform.DmnDecisionTableConditionTransformHandler;
import org.camunda.bpm.model.dmn.instance.InputEntry;

/**
 * A decision table's input cell of "-" (any value: what Camunda Modeler shows for a cell left empty) is taken as the
 * empty cell it stands for, which the engine counts as matched without evaluating anything. As written, the engine
 * hands "-" to the FEEL engine at every evaluation, which parses it and answers "matched" for every value, null
 * included: most cells of the exclusion tables are "-" (352 of 413), so most of a screening's FEEL work was asking
 * that. The answer is the same either way. Only a "-" the engine would evaluate as FEEL is changed (the cell's own
 * language, or the engine's default for input cells, judged by the engine's own test); every other cell is evaluated
 * as before.
 */
final class AnyValueCells extends DmnDecisionTableConditionTransformHandler {

    private final DefaultDmnEngineConfiguration dmn;
    private volatile ExpressionEvaluationHandler languages;

    private AnyValueCells(DefaultDmnEngineConfiguration dmn) {
        this.dmn = dmn;
    }

    /** Has this DMN configuration's engine read its tables' input cells so (before the engine is built). */
    static void install(DefaultDmnEngineConfiguration dmn) {
        dmn.getTransformer().getElementTransformHandlerRegistry().addHandler(InputEntry.class, new AnyValueCells(dmn));
    }

    @Override
    protected DmnExpressionImpl createFromInputEntry(DmnElementTransformContext context, InputEntry inputEntry) {
        DmnExpressionImpl condition = super.createFromInputEntry(context, inputEntry);
        if (condition.getExpression() != null && "-".equals(condition.getExpression().trim()) && feel(condition)) {
            condition.setExpression(null);
        }
        return condition;
    }

    /** Whether the engine would evaluate this cell as FEEL, as its decision table evaluation decides it. */
    private boolean feel(DmnExpressionImpl condition) {
        String language = condition.getExpressionLanguage() != null
                ? condition.getExpressionLanguage() : dmn.getDefaultInputEntryExpressionLanguage();
        if (language == null) {
            return false;
        }
        if (languages == null) {
            // tables are read once the DMN engine is built, so its configuration is complete by then
            languages = new ExpressionEvaluationHandler(dmn);
        }
        return languages.isFeelExpressionLanguage(language);
    }
}
