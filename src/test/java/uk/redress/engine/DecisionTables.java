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
import org.camunda.bpm.model.dmn.instance.InputEntry;

/** The decision tables Redress deploys, facts to evaluate them with, and DMN engines with or without Redress's changes. */
final class DecisionTables {

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private DecisionTables() {
    }

    /** A DMN engine as Camunda configures it, with or without Redress's change to its cells. */
    static DefaultDmnEngineConfiguration configuration(boolean anyValueCells) {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        if (anyValueCells) {
            configuration.getTransformer().getElementTransformHandlerRegistry().addHandler(InputEntry.class, new AnyValueCells());
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
     * Facts for the table's inputs, drawn at random with the seed: either answer for a yes/no, and for a text one
     * of the texts the table's cells name, none, or two of them as a list (as the intake records concurrent
     * proceedings).
     */
    static List<Map<String, Object>> facts(DmnModelInstance model, int how, long seed) {
        TreeSet<String> named = new TreeSet<>();
        Matcher quoted = QUOTED.matcher(Dmn.convertToString(model));
        while (quoted.find()) {
            named.add(quoted.group(1));
        }
        List<String> texts = new ArrayList<>(named);
        texts.add("");
        Random random = new Random(seed);
        List<Map<String, Object>> all = new ArrayList<>();
        for (int i = 0; i < how; i++) {
            Map<String, Object> facts = new HashMap<>();
            for (Input input : model.getModelElementsByType(Input.class)) {
                String name = input.getInputExpression().getText().getTextContent().trim();
                if ("boolean".equals(input.getInputExpression().getTypeRef())) {
                    facts.put(name, random.nextBoolean());
                } else if (random.nextInt(4) == 0) {
                    facts.put(name, texts.get(random.nextInt(texts.size())) + "," + texts.get(random.nextInt(texts.size())));
                } else {
                    facts.put(name, texts.get(random.nextInt(texts.size())));
                }
            }
            all.add(facts);
        }
        return all;
    }

}
