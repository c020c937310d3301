package uk.redress.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A decision table's "-" cell taken as the empty cell it stands for ({@link AnyValueCells}): every table Redress
 * deploys decides as it does without the change, for the same facts, with the same rules matching (and every rule
 * reached); no "-" reaches the FEEL engine any more, while every other cell still does; a "-" the engine would not
 * evaluate as FEEL is left as written; and the process engine Redress runs decides that way and keeps the same
 * record of each decision.
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
        List<List<String>> matchedAsWritten = new ArrayList<>();
        List<List<String>> matchedChanged = new ArrayList<>();
        DmnEngine asWritten = DecisionTables.configuration(false, matchedAsWritten).buildEngine();
        DmnEngine changed = DecisionTables.configuration(true, matchedChanged).buildEngine();
        List<Path> tables = DecisionTables.all();
        assertThat(tables).hasSizeGreaterThanOrEqualTo(7);
        for (Path table : tables) {
            DmnModelInstance model = DecisionTables.read(table);
            DmnDecision theirs = asWritten.parseDecisions(model).get(0);
            DmnDecision ours = changed.parseDecisions(model).get(0);
            Set<String> rulesMatched = new TreeSet<>();
            int failed = 0;
            for (Map<String, Object> facts : DecisionTables.facts(model, 600, table.toString().hashCode())) {
                matchedAsWritten.clear();
                matchedChanged.clear();
                String expected = outcome(asWritten, theirs, facts);
                String actual = outcome(changed, ours, facts);
                assertThat(actual).as(table + " with " + facts).isEqualTo(expected);
                assertThat(matchedChanged).as("matching rules, " + table + " with " + facts).isEqualTo(matchedAsWritten);
                matchedAsWritten.forEach(rulesMatched::addAll);
                failed += expected.startsWith("failed") ? 1 : 0;
            }
            // the facts reached every rule of the table, and mostly decided rather than failed
            assertThat(rulesMatched).as(table + ": rules matched").containsExactlyInAnyOrderElementsOf(
                    model.getModelElementsByType(Rule.class).stream().map(Rule::getId).toList());
            assertThat(failed).as(table + ": evaluations that failed").isLessThan(600 / 4);
        }
    }

    /** What the table answered for the facts, or how it failed, as text to compare. */
    private static String outcome(DmnEngine engine, DmnDecision decision, Map<String, Object> facts) {
        try {
            return engine.evaluateDecisionTable(decision, Variables.fromMap(facts)).getResultList().toString();
        } catch (RuntimeException e) {
            return "failed: " + e.getClass().getName() + ": " + e.getMessage();
        }
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
                      <input id="i4"><inputExpression id="e4" typeRef="string"><text>d</text></inputExpression></input>
                      <input id="i5"><inputExpression id="e5" typeRef="string"><text>e</text></inputExpression></input>
                      <output id="o" name="out" typeRef="string"/>
                      <rule id="r">
                        <inputEntry id="c1"><text>-</text></inputEntry>
                        <inputEntry id="c2" expressionLanguage="https://www.omg.org/spec/DMN/20191111/FEEL/"><text> - </text></inputEntry>
                        <inputEntry id="c3" expressionLanguage="juel"><text>-</text></inputEntry>
                        <inputEntry id="c4" expressionLanguage="https://www.omg.org/spec/DMN/20191111/FEEL"><text>-</text></inputEntry>
                        <inputEntry id="c5" expressionLanguage="FEEL"><text>-</text></inputEntry>
                        <outputEntry id="x"><text>"yes"</text></outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """;
        var conditions = conditions(DecisionTables.engine(true), table);
        assertThat(conditions.get(0)).as("the default language, FEEL").isNull();
        assertThat(conditions.get(1)).as("FEEL by its address").isNull();
        assertThat(conditions.get(2)).as("JUEL").isEqualTo("-");
        assertThat(conditions.get(3)).as("an address the engine does not take for FEEL").isEqualTo("-");
        assertThat(conditions.get(4)).as("FEEL in capitals, which the engine takes for FEEL").isNull();
        // an engine whose cells are JUEL unless they say otherwise
        DefaultDmnEngineConfiguration juel = DecisionTables.configuration(true);
        juel.setDefaultInputEntryExpressionLanguage("juel");
        conditions = conditions(juel.buildEngine(), table);
        assertThat(conditions.get(0)).isEqualTo("-");
        assertThat(conditions.get(1)).isNull();
    }

    private static List<String> conditions(DmnEngine engine, String table) {
        DmnDecision decision = engine.parseDecision("languages",
                new java.io.ByteArrayInputStream(table.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return ((org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl) decision.getDecisionLogic())
                .getRules().get(0).getConditions().stream().map(condition -> condition.getExpression()).toList();
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
            List<List<String>> histories = new ArrayList<>();
            for (ProcessEngine engine : List.of(withPlugin, without)) {
                engine.getRepositoryService().createDeployment().addInputStream("exclusions.dmn", Files.newInputStream(table)).deploy();
                List<Map<String, Object>> each = new ArrayList<>();
                for (Map<String, Object> facts : DecisionTables.facts(DecisionTables.read(table), 50, 9)) {
                    each.addAll(engine.getDecisionService().evaluateDecisionTableByKey("harborough-exclusions")
                            .variables(facts).evaluate().getResultList());
                }
                answers.add(each);
                // what the audit keeps of each evaluation: its inputs, and the rules that matched with their outputs
                histories.add(engine.getHistoryService().createHistoricDecisionInstanceQuery().includeInputs()
                        .includeOutputs().list().stream().map(decision -> decision.getInputs().stream()
                                .map(input -> input.getClauseId() + "=" + input.getValue()).sorted().toList()
                                + " " + decision.getOutputs().stream()
                                .map(output -> output.getRuleId() + ":" + output.getClauseId() + "=" + output.getValue())
                                .sorted().toList()).sorted().toList());
            }
            assertThat(answers.get(0)).isNotEmpty().isEqualTo(answers.get(1));
            assertThat(histories.get(0)).hasSize(50).isEqualTo(histories.get(1));
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
