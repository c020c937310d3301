package uk.redress.engine;

import org.camunda.bpm.dmn.engine.impl.DmnExpressionImpl;
import org.camunda.bpm.dmn.engine.impl.spi.transform.DmnElementTransformContext;
import org.camunda.bpm.dmn.engine.impl.transform.DmnDecisionTableConditionTransformHandler;
import org.camunda.bpm.model.dmn.instance.InputEntry;

/**
 * A decision table's input cell of "-" (any value: what Camunda Modeler shows for a cell left empty) is taken as the
 * empty cell it stands for, which the engine counts as matched without evaluating anything. As written, the engine
 * hands "-" to the FEEL engine at every evaluation, which answers "matched" for every value: most cells of the
 * exclusion tables are "-" (352 of 450), so most of a screening's FEEL work was asking that. The answer is the same
 * either way; every other cell, and a "-" written for another expression language, is evaluated as before.
 */
final class AnyValueCells extends DmnDecisionTableConditionTransformHandler {

    @Override
    protected DmnExpressionImpl createFromInputEntry(DmnElementTransformContext context, InputEntry inputEntry) {
        DmnExpressionImpl condition = super.createFromInputEntry(context, inputEntry);
        String language = condition.getExpressionLanguage();
        if (condition.getExpression() != null && "-".equals(condition.getExpression().trim())
                && (language == null || language.toLowerCase(java.util.Locale.ROOT).contains("feel"))) {
            condition.setExpression(null);
        }
        return condition;
    }
}
