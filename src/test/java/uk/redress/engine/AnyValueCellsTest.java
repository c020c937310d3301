package uk.redress.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A decision table's "-" cell taken as the empty cell it stands for ({@link AnyValueCells}): every table Redress
 * deploys decides as it does without the change, for the same facts; no "-" reaches the FEEL engine any more, while
 * every other cell still does; a "-" written for another expression language is left as written; and the process
 * engine Redress runs decides that way.
 */
class AnyValueCellsTest {

    /** A DMN engine as Camunda configures it, with or without the change, whose FEEL engine notes each cell it tests. */
    static DmnEngine dmnEngine(boolean anyValueCells, List<String> tested) {
        DefaultDmnEngineConfiguration configuration = DecisionTables.configuration(anyValueCells);
        if (tested != null) {
            FeelEngine feel = new ScalaFeelEngineFactory().createInstance();
            configuration.setFeelEngineFactory(() -> new FeelEngine() {
                @Override
                public <T> T evaluateSimpleExpression(String expression, VariableContext context) {
                    return feel.evaluateSimpleExpression(expression, context);
                }

                @Override
                public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext context) {
                    tested.add(expression);
                    return feel.evaluateSimpleUnaryTests(expression, inputVariable, context);
                }
            });
        }
        return configuration.buildEngine();
    }

    @Test
    void everyTableDecidesAsItDoesWithoutTheChange() throws IOException {
        DmnEngine asWritten = dmnEngine(false, null);
        DmnEngine changed = dmnEngine(true, null);
        List<Path> tables = DecisionTables.all();
        assertThat(tables).hasSizeGreaterThanOrEqualTo(7);
        int decided = 0;
        int matched = 0;
        for (Path table : tables) {
            DmnModelInstance model = DecisionTables.read(table);
            List<DmnDecision> theirs = asWritten.parseDecisions(model);
            List<DmnDecision> ours = changed.parseDecisions(model);
            for (int d = 0; d < theirs.size(); d++) {
                for (Map<String, Object> facts : DecisionTables.facts(model, 400, table.toString().hashCode())) {
                    var expected = asWritten.evaluateDecisionTable(theirs.get(d), Variables.fromMap(facts)).getResultList();
                    var actual = changed.evaluateDecisionTable(ours.get(d), Variables.fromMap(facts)).getResultList();
                    assertThat(actual).as(table + " with " + facts).isEqualTo(expected);
                    decided++;
                    matched += expected.isEmpty() ? 0 : 1;
                }
            }
        }
        // the facts reached the rules, not only the empty answer
        assertThat(matched).isGreaterThan(decided / 4);
    }

    @Test
    void noDashReachesTheFeelEngineAndEveryOtherCellStillDoes() throws IOException {
        DmnModelInstance model = DecisionTables.read(Path.of("processes/harborough/harborough-exclusions.dmn"));
        Map<String, Object> facts = DecisionTables.facts(model, 1, 5).get(0);
        List<String> before = new CopyOnWriteArrayList<>();
        List<String> after = new CopyOnWriteArrayList<>();
        DmnEngine asWritten = dmnEngine(false, before);
        DmnEngine changed = dmnEngine(true, after);
        asWritten.evaluateDecisionTable(asWritten.parseDecision("harborough-exclusions", model), Variables.fromMap(facts));
        changed.evaluateDecisionTable(changed.parseDecision("harborough-exclusions", model), Variables.fromMap(facts));
        assertThat(before).as("cells tested as the table is written").contains("-");
        assertThat(after).doesNotContain("-").isNotEmpty()
                .containsExactlyElementsOf(before.stream().filter(cell -> !cell.trim().equals("-")).toList());
    }

    @Test
    void aDashWrittenForAnotherExpressionLanguageIsLeftAsWritten() {
        String table = """
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="d" namespace="https://redress.test">
                  <decision id="languages" name="languages">
                    <decisionTable id="t">
                      <input id="i1"><inputExpression id="e1" typeRef="string"><text>a</text></inputExpression></input>
                      <input id="i2"><inputExpression id="e2" typeRef="string"><text>b</text></inputExpression></input>
                      <input id="i3"><inputExpression id="e3" typeRef="string"><text>c</text></inputExpression></input>
                      <output id="o" name="out" typeRef="string"/>
                      <rule id="r">
                        <inputEntry id="c1"><text>-</text></inputEntry>
                        <inputEntry id="c2" expressionLanguage="https://www.omg.org/spec/DMN/20191111/FEEL/"><text> - </text></inputEntry>
                        <inputEntry id="c3" expressionLanguage="juel"><text>-</text></inputEntry>
                        <outputEntry id="x"><text>"yes"</text></outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """;
        DmnDecision decision = DecisionTables.engine(true).parseDecision("languages",
                new java.io.ByteArrayInputStream(table.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        var conditions = ((org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl) decision.getDecisionLogic())
                .getRules().get(0).getConditions();
        assertThat(conditions.get(0).getExpression()).isNull();
        assertThat(conditions.get(1).getExpression()).isNull();
        assertThat(conditions.get(2).getExpression()).isEqualTo("-");
    }

    @Test
    void theProcessEngineDecidesThatWay() throws IOException {
        String process = """
                <bpmn:process id="tables" isExecutable="true" camunda:historyTimeToLive="P1D"><bpmn:startEvent id="start"/></bpmn:process>
                """;
        ProcessEngine withPlugin = PluginEngine.start("cells-plugin", "tables.bpmn", process);
        ProcessEngine without = PluginEngine.start("cells-plain", "tables.bpmn", process, false, PluginEngine.newDatabase("cells-plain"));
        try {
            Path table = Path.of("processes/harborough/harborough-exclusions.dmn");
            List<List<Map<String, Object>>> answers = new ArrayList<>();
            for (ProcessEngine engine : List.of(withPlugin, without)) {
                engine.getRepositoryService().createDeployment().addInputStream("exclusions.dmn", Files.newInputStream(table)).deploy();
                List<Map<String, Object>> each = new ArrayList<>();
                for (Map<String, Object> facts : DecisionTables.facts(DecisionTables.read(table), 50, 9)) {
                    each.addAll(engine.getDecisionService().evaluateDecisionTableByKey("harborough-exclusions")
                            .variables(facts).evaluate().getResultList());
                }
                answers.add(each);
            }
            assertThat(answers.get(0)).isNotEmpty().isEqualTo(answers.get(1));
            assertThat(handlerOf(withPlugin)).isInstanceOf(AnyValueCells.class);
            assertThat(handlerOf(without)).isNotInstanceOf(AnyValueCells.class);
        } finally {
            withPlugin.close();
            without.close();
        }
    }

    private static Object handlerOf(ProcessEngine engine) {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDmnEngineConfiguration()
                .getTransformer().getElementTransformHandlerRegistry().getHandler(InputEntry.class);
    }
}
