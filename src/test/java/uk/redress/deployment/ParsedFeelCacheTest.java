package uk.redress.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;

/** The caching FEEL engine answers exactly as Camunda's own, and parses each text once. */
class ParsedFeelCacheTest {

    private final ParsedFeelCache.CachingScalaFeelEngine caching = new ParsedFeelCache.CachingScalaFeelEngine(List.of());
    private final ScalaFeelEngine camunda = new ScalaFeelEngine(List.of());

    private static VariableContext variables(Object... namesAndValues) {
        var map = Variables.createVariables();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.putValue((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map.asVariableContext();
    }

    @Test
    void unaryTestsGiveTheSameAnswersAsCamundasEngine() {
        String[][] cases = {
            {"> 365", "400"}, {"> 365", "365"}, {">= 365", "365"}, {"[1..10]", "10"}, {"-", "3"},
            {"\"SCHOOLS\",\"PLANNING_OR_APPEAL\"", "SCHOOLS"}, {"not(\"SCHOOLS\")", "SCHOOLS"},
            {"true", "false"}, {"cellInput > limit", "5"}
        };
        for (String[] c : cases) {
            Object input = c[1].matches("\\d+") ? (Object) Long.valueOf(c[1])
                    : c[1].equals("false") ? (Object) Boolean.FALSE : c[1];
            VariableContext context = variables("cellInput", input, "limit", 3L);
            boolean expected = camunda.evaluateSimpleUnaryTests(c[0], "cellInput", context);
            assertThat(caching.evaluateSimpleUnaryTests(c[0], "cellInput", context)).as(c[0] + " with " + c[1])
                    .isEqualTo(expected);
            assertThat(caching.evaluateSimpleUnaryTests(c[0], "cellInput", context)).as("again, from the cache")
                    .isEqualTo(expected);
        }
    }

    @Test
    void expressionsGiveTheSameValuesAsCamundasEngine() {
        VariableContext context = variables("daysSinceEvent", 400L, "subject", "SCHOOLS");
        for (String expression : new String[] {"daysSinceEvent > 365", "subject", "\"fixed text\"",
                "daysSinceEvent + 1"}) {
            Object expected = camunda.evaluateSimpleExpression(expression, context);
            assertThat((Object) caching.evaluateSimpleExpression(expression, context)).isEqualTo(expected);
            assertThat((Object) caching.evaluateSimpleExpression(expression, context)).isEqualTo(expected);
        }
    }

    @Test
    void eachTextIsParsedOnceAndTheSameTextWithOtherValuesGivesItsOwnAnswer() {
        assertThat(caching.evaluateSimpleUnaryTests("> 365", "cellInput", variables("cellInput", 400L))).isTrue();
        assertThat(caching.evaluateSimpleUnaryTests("> 365", "cellInput", variables("cellInput", 10L))).isFalse();
        assertThat(caching.evaluateSimpleUnaryTests("< 10", "cellInput", variables("cellInput", 1L))).isTrue();
        assertThat(caching.cachedTexts()).isEqualTo(2);
    }

    @Test
    void aTextThatDoesNotParseFailsEveryTimeWithCamundasMessage() {
        VariableContext context = variables("cellInput", 1L);
        String camundaMessage = null;
        try {
            camunda.evaluateSimpleUnaryTests("> > 3", "cellInput", context);
        } catch (FeelException e) {
            camundaMessage = e.getMessage();
        }
        assertThat(camundaMessage).isNotNull();
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> caching.evaluateSimpleUnaryTests("> > 3", "cellInput", context))
                    .isInstanceOf(FeelException.class).hasMessage(camundaMessage);
        }
    }

    @Test
    void aMissingVariableFailsAsInCamundasEngine() {
        VariableContext context = variables("other", 1L);
        String camundaMessage = null;
        try {
            camunda.evaluateSimpleExpression("missing + 1", context);
        } catch (FeelException e) {
            camundaMessage = e.getMessage();
        }
        if (camundaMessage == null) {
            Object expected = camunda.evaluateSimpleExpression("missing + 1", context);
            assertThat((Object) caching.evaluateSimpleExpression("missing + 1", context)).isEqualTo(expected);
        } else {
            assertThatThrownBy(() -> caching.evaluateSimpleExpression("missing + 1", context))
                    .isInstanceOf(FeelException.class).hasMessage(camundaMessage);
        }
    }
}
