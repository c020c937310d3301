package uk.redress.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each timescale is written twice on a diagram: in the label a process owner reads ("Start stage 1 clock (10 working
 * days, at most 20)") and in the expression the engine runs. This reads every diagram and fails where the two
 * disagree, or where a clock, a maximum or a counted timer has no label saying how long it is.
 */
class TimescaleLabelsTest {

    private static final Pattern OPEN = Pattern.compile(
            "deadlines\\.open(?:NoEarlierThan)?\\(execution, *'([a-z0-9-]+)', *[^,]+(?:\\([^)]*\\))?[^,]*,"
                    + " *([A-Za-z0-9_]+)(?:\\)|, )");
    private static final Pattern OPEN_CALENDAR = Pattern.compile(
            "deadlines\\.openCalendarDays\\(execution, *'([a-z0-9-]+)', *[^,]+, *([0-9]+)\\)");
    private static final Pattern COUNTED_TIMER = Pattern.compile(
            "workingDays\\.(?:after|startOfDay|startOfDayBefore|calendarDaysAfter)\\(.*, *([0-9]+)\\)"
                    + "|workingDays\\.fromToday\\(([0-9]+)\\)");
    private static final Pattern WORKING_DAYS = Pattern.compile("([0-9]+)(?:-[0-9]+)? working days?");

    static Stream<Path> diagrams() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("processes"))) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("diagrams")
    void everyTimescaleLabel_saysWhatItsExpressionDoes(Path diagram) {
        assertThat(problems(Bpmn.readModelFromFile(diagram.toFile()))).as(diagram.toString()).isEmpty();
    }

    /**
     * A timescale kept as a process property (e.g. restrictionNoticeWorkingDays) has no label of its own: the
     * process's documentation says it, with the council's section or as an Assumption.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("diagrams")
    void everyTimescaleProperty_isExplainedInTheProcessDocumentation(Path diagram) {
        BpmnModelInstance model = Bpmn.readModelFromFile(diagram.toFile());
        for (org.camunda.bpm.model.bpmn.instance.Process process
                : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)) {
            String documentation = process.getDocumentations().stream()
                    .map(org.camunda.bpm.model.bpmn.instance.Documentation::getTextContent)
                    .reduce("", String::concat);
            if (process.getExtensionElements() == null) {
                continue;
            }
            process.getExtensionElements().getElementsQuery()
                    .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class).list().stream()
                    .flatMap(properties -> properties.getCamundaProperties().stream())
                    .filter(property -> property.getCamundaName().endsWith("WorkingDays"))
                    .forEach(property -> assertThat(documentation).as(diagram + " " + property.getCamundaName())
                            .containsPattern(property.getCamundaValue() + " working days[^.]*"
                                    + Pattern.quote(property.getCamundaName()))
                            .containsPattern("(?s).*" + Pattern.quote(property.getCamundaName())
                                    + "[^.]*(seed \\d{3} section \\d+|\\. Assumption).*"));
        }
    }

    @Test
    void aLabelThatDisagreesWithItsExpression_isFound() throws IOException {
        String harborough = Files.readString(Path.of("processes/harborough/harborough-corporate.bpmn"))
                .replace("Start informal clock (5 working days)", "Start informal clock (6 working days)");
        BpmnModelInstance model = Bpmn.readModelFromStream(
                new java.io.ByteArrayInputStream(harborough.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(problems(model)).containsExactly(
                "Task_StartInformalClock 'Start informal clock (6 working days)' but the expression counts 5");
    }

    private static List<String> problems(BpmnModelInstance model) {
        List<String> problems = new ArrayList<>();
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            for (String expression : expressions(element)) {
                checkClock(element, expression, model, problems);
            }
            for (TimerEventDefinition timer : element.getChildElementsByType(TimerEventDefinition.class)) {
                if (timer.getTimeDate() != null) {
                    checkTimer(element, timer.getTimeDate().getTextContent(), problems);
                }
            }
            if (element instanceof CallActivity call && "review-panel".equals(call.getCalledElement())) {
                String label = call.getName() == null ? "" : call.getName();
                String expected = "(" + input(call, "panelWorkingDays") + " + " + input(call, "reportWorkingDays")
                        + " + " + input(call, "responseWorkingDays") + " working days)";
                if (!label.contains(expected)) {
                    problems.add(call.getId() + " '" + label + "' should say " + expected);
                }
            }
        }
        checkMaximum(model, problems);
        return problems;
    }

    /** A clock's label gives its working days (or calendar days) and the maximum the stage allows it. */
    private static void checkClock(FlowElement element, String expression, BpmnModelInstance model,
                                   List<String> problems) {
        // a clock opened as a flow is taken is labelled on the step it leads to (a flow's own label is for gateways)
        FlowElement labelled = element instanceof SequenceFlow flow ? flow.getTarget() : element;
        String label = labelled.getName() == null ? "" : labelled.getName();
        Matcher open = OPEN.matcher(expression);
        Matcher calendar = OPEN_CALENDAR.matcher(expression);
        if (open.find()) {
            Matcher said = WORKING_DAYS.matcher(label);
            boolean literal = open.group(2).matches("[0-9]+");
            if (!literal && !label.contains("working days")) {
                problems.add(element.getId() + " opens '" + open.group(1) + "' but its label '" + label
                        + "' does not say it counts working days");
            } else if (literal && !said.find()) {
                problems.add(element.getId() + " opens '" + open.group(1) + "' but its label '" + label
                        + "' does not say how many working days");
            } else if (literal && !said.group(1).equals(open.group(2))) {
                problems.add(element.getId() + " '" + label + "' but the expression counts " + open.group(2));
            }
        } else if (calendar.find()) {
            String days = calendar.group(2);
            boolean said = days.equals("365") ? label.contains("12 months")
                    : label.contains(days + " days") && !label.contains("working days");
            if (!said) {
                problems.add(element.getId() + " '" + label + "' but the expression counts " + days + " calendar days");
            }
        }
    }

    /** A stage's maximum (maxWorkingDays of the call) is on the label of a step that opens its clock. */
    private static void checkMaximum(BpmnModelInstance model, List<String> problems) {
        for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
            String max = input(call, "maxWorkingDays");
            String clock = input(call, "clock").replace("&#39;", "'");
            if (!max.matches("[0-9]+")) {
                continue;
            }
            boolean said = model.getModelElementsByType(FlowElement.class).stream()
                    .filter(e -> expressions(e).stream().anyMatch(x -> x.matches("(?s).*deadlines\\.open\\w*\\(execution, "
                            + Pattern.quote(clock) + ".*")))
                    .map(e -> e instanceof SequenceFlow flow ? flow.getTarget() : e)
                    .map(e -> e.getName() == null ? "" : e.getName())
                    .anyMatch(label -> label.contains("at most " + max) || label.contains("-" + max + " working days")
                            || label.contains("(" + max + " working days"));
            if (!said) {
                problems.add(call.getId() + " allows at most " + max + " working days on " + clock
                        + " but no label of a step opening that clock says so");
            }
        }
    }

    private static void checkTimer(FlowElement element, String expression, List<String> problems) {
        Matcher counted = COUNTED_TIMER.matcher(expression);
        if (!counted.find()) {
            return;
        }
        String days = counted.group(1) != null ? counted.group(1) : counted.group(2);
        String label = element.getName() == null ? "" : element.getName();
        boolean said = days.equals("0") || label.matches(".*\\b" + days + "\\b.*")
                || (days.equals("365") && label.contains("12 months"));
        if (!said) {
            problems.add(element.getId() + " '" + label + "' but its timer counts " + days + " days");
        }
    }

    /** The element's own expression and its execution listeners'. */
    private static List<String> expressions(BaseElement element) {
        List<String> expressions = new ArrayList<>();
        if (element instanceof ServiceTask task && task.getCamundaExpression() != null) {
            expressions.add(task.getCamundaExpression());
        }
        if (element.getExtensionElements() != null) {
            Collection<CamundaExecutionListener> listeners = element.getExtensionElements().getElementsQuery()
                    .filterByType(CamundaExecutionListener.class).list();
            listeners.stream().map(CamundaExecutionListener::getCamundaExpression)
                    .filter(e -> e != null).forEach(expressions::add);
        }
        return expressions;
    }

    /** A call activity input as written, e.g. "20" for ${20}; "" when absent. */
    private static String input(CallActivity call, String target) {
        if (call.getExtensionElements() == null) {
            return "";
        }
        return call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list().stream()
                .filter(in -> target.equals(in.getCamundaTarget()) && in.getCamundaSourceExpression() != null)
                .map(in -> in.getCamundaSourceExpression().replaceAll("^\\$\\{(.*)}$", "$1"))
                .findFirst().orElse("");
    }
}
