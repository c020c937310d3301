package uk.redress.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * A letter may only read a process variable ({@code vars.someName}) that something writes: a form field staff fill
 * in, a variable the Java code sets, or a diagram's input or output mapping. A template reading a name nobody writes
 * leaves its text out (or stops the letter) for every complainant, and no rendering test with a hand-made model sees
 * it: the stage 2 refusal once read {@code refusalReason} while the form wrote {@code reviewDecisionReasons}, and the
 * reasons never reached the customer.
 */
class LetterVariablesTest {

    private static final Pattern READ_IN_TEMPLATE = Pattern.compile("vars\\.([A-Za-z0-9_]+)");
    private static final Pattern WRITTEN_IN_JAVA =
            Pattern.compile("(?:setVariable(?:Local)?|putValue|variables\\.put)\\(\\s*\"([A-Za-z0-9_]+)\"");
    private static final Pattern WRITTEN_IN_DIAGRAM = Pattern.compile(
            "camunda:(?:in|out) [^>]*target=\"([A-Za-z0-9_]+)\"|camunda:(?:input|output)Parameter name=\"([A-Za-z0-9_]+)\""
                    + "|resultVariable=\"([A-Za-z0-9_]+)\"");

    @Test
    void everyVariableALetterReads_isWrittenByAFormADelegateOrADiagram() throws IOException {
        Set<String> written = written();
        TreeMap<String, String> unwritten = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("letters"))) {
            for (Path template : files.filter(f -> f.toString().endsWith(".ftl")).sorted().toList()) {
                Matcher read = READ_IN_TEMPLATE.matcher(Files.readString(template));
                while (read.find()) {
                    if (!written.contains(read.group(1))) {
                        unwritten.put(template + ": vars." + read.group(1), "written nowhere");
                    }
                }
            }
        }
        assertThat(unwritten).as("letters reading a variable no form, delegate or diagram writes").isEmpty();
    }

    @Test
    void theCheckSeesTheReasonsTheStage2RefusalForm_writes() throws IOException {
        assertThat(written()).contains("reviewDecisionReasons", "screeningReason", "withdrawnOn")
                .doesNotContain("refusalReason");
    }

    private static Set<String> written() throws IOException {
        Set<String> names = new TreeSet<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> forms = Files.walk(Path.of("forms"))) {
            for (Path form : forms.filter(f -> f.toString().endsWith(".form")).toList()) {
                collectEditableKeys(json.readTree(form.toFile()), names);
            }
        }
        collect(Path.of("src/main/java"), ".java", WRITTEN_IN_JAVA, names);
        collect(Path.of("processes"), ".bpmn", WRITTEN_IN_DIAGRAM, names);
        return names;
    }

    /** A read-only field shows a variable; only a field staff can fill in writes one. */
    private static void collectEditableKeys(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            if (node.hasNonNull("key") && !node.path("readonly").asBoolean(false)
                    && !node.path("disabled").asBoolean(false)) {
                names.add(node.get("key").asText());
            }
            node.forEach(child -> collectEditableKeys(child, names));
        } else if (node.isArray()) {
            node.forEach(child -> collectEditableKeys(child, names));
        }
    }

    private static void collect(Path root, String ending, Pattern pattern, Set<String> names) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(ending)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    for (int group = 1; group <= matcher.groupCount(); group++) {
                        if (matcher.group(group) != null) {
                            names.add(matcher.group(group));
                        }
                    }
                }
            }
        }
    }
}
