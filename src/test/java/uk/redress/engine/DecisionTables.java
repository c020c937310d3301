package uk.redress.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Rule;

/** The decision tables Redress deploys, facts to evaluate them with, and DMN engines with or without Redress's changes. */
final class DecisionTables {

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private DecisionTables() {
    }

    /** A DMN engine as Camunda configures it, with or without Redress's change to its cells. */
    static DefaultDmnEngineConfiguration configuration(boolean anyValueCells) {
        return configuration(anyValueCells, null);
    }

    /** The same, noting each evaluation's matching rules (their ids, in order) in {@code matched}. */
    static DefaultDmnEngineConfiguration configuration(boolean anyValueCells, List<List<String>> matched) {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        if (matched != null) {
            configuration.setCustomPostDecisionTableEvaluationListeners(List.of(event -> matched.add(
                    event.getMatchingRules().stream().map(rule -> rule.getId()).toList())));
        }
        if (anyValueCells) {
            AnyValueCells.install(configuration);
        }
        return configuration;
    }

    static DmnEngine engine(boolean anyValueCells) {
        return configuration(anyValueCells).buildEngine();
    }

    static List<Path> all() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("processes"))) {
            return files.filter(file -> file.toString().endsWith(".dmn")).sorted().toList();
        }
    }

    static DmnModelInstance read(Path table) throws IOException {
        try (InputStream in = Files.newInputStream(table)) {
            return Dmn.readModelFromStream(in);
        }
    }

    /**
     * Facts for the table's inputs, drawn at random with the seed. Half are aimed at a rule chosen at random: each of
     * its cells gets a value it names (the text it compares with, a list holding the text a {@code contains} looks
     * for, {@code true}), and a "-" cell any value. The rest are any values: either answer or none for a yes/no, and
     * for a text one its column names, two of them as a list (as the intake records concurrent proceedings), an empty
     * text, or none.
     */
    static List<Map<String, Object>> facts(DmnModelInstance model, int how, long seed) {
        List<Input> inputs = new ArrayList<>(model.getModelElementsByType(Input.class));
        List<Rule> rules = new ArrayList<>(model.getModelElementsByType(Rule.class));
        List<List<String>> named = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            TreeSet<String> texts = new TreeSet<>();
            for (Rule rule : rules) {
                texts.addAll(quoted(cell(rule, i)));
            }
            named.add(new ArrayList<>(texts));
        }
        Random random = new Random(seed);
        List<Map<String, Object>> all = new ArrayList<>();
        for (int n = 0; n < how; n++) {
            Rule aimedAt = random.nextBoolean() ? rules.get(random.nextInt(rules.size())) : null;
            Map<String, Object> facts = new HashMap<>();
            for (int i = 0; i < inputs.size(); i++) {
                String name = inputs.get(i).getInputExpression().getText().getTextContent().trim();
                String cell = aimedAt == null ? "-" : cell(aimedAt, i);
                facts.put(name, aimedAt != null && !cell.equals("-")
                        ? valueFor(cell, random)
                        : anyValue(inputs.get(i), named.get(i), random));
            }
            all.add(facts);
        }
        return all;
    }

    static String cell(Rule rule, int input) {
        return new ArrayList<>(rule.getInputEntries()).get(input).getText().getTextContent().trim();
    }

    private static Object valueFor(String cell, Random random) {
        List<String> texts = quoted(cell);
        if (cell.equals("true") || cell.equals("false")) {
            return Boolean.valueOf(cell);
        }
        if (cell.startsWith("contains")) {
            return String.join(",", texts.subList(0, 1 + random.nextInt(texts.size())));
        }
        return texts.isEmpty() ? cell : texts.get(random.nextInt(texts.size()));
    }

    private static Object anyValue(Input input, List<String> named, Random random) {
        if (random.nextInt(8) == 0) {
            return null;
        }
        if ("boolean".equals(input.getInputExpression().getTypeRef())) {
            return random.nextBoolean();
        }
        int pick = random.nextInt(6);
        if (pick == 0 || named.isEmpty()) {
            return "";
        }
        if (pick == 1) {
            return named.get(random.nextInt(named.size())) + "," + named.get(random.nextInt(named.size()));
        }
        return named.get(random.nextInt(named.size()));
    }

    private static List<String> quoted(String text) {
        List<String> texts = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            texts.add(quoted.group(1));
        }
        return texts;
    }
}
