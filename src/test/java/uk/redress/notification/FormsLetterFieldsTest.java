package uk.redress.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * Redress writes and sends the letters: no task form asks staff to tick that a letter was sent, and every form
 * field whose text goes into a letter is required when that letter is chosen.
 */
class FormsLetterFieldsTest {

    /** A tick or choice that reports a letter as sent ("The complainant has been sent an acknowledgement"). */
    private static final Pattern SENT_TICK = Pattern.compile(
            "(?i)(has been sent|have been sent|was sent|notice sent|acknowledgement sent|told in writing|^sent$)");

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void noFormAsksStaffToTickThatALetterWasSent() throws IOException {
        List<String> ticks = new ArrayList<>();
        for (Path form : forms()) {
            collectTicks(form.getFileName().toString(), json.readTree(form.toFile()), ticks);
        }
        assertThat(ticks).isEmpty();
    }

    @Test
    void theCheckFindsATickOfASentLetter() {
        List<String> ticks = new ArrayList<>();
        collectTicks("example.form", json.createObjectNode().set("components", json.createArrayNode().add(
                json.createObjectNode().put("type", "checkbox").put("key", "acknowledged")
                        .put("label", "The complainant has been sent an acknowledgement"))), ticks);
        assertThat(ticks).containsExactly("example.form: acknowledged");
    }

    @Test
    void aResponseTextField_isRequired_andSaysWhenItGoesIntoALetter() throws IOException {
        int found = 0;
        for (Path form : forms()) {
            for (JsonNode field : json.readTree(form.toFile()).path("components")) {
                if ("responseText".equals(field.path("key").asText())) {
                    found++;
                    assertThat(field.path("validate").path("required").asBoolean()).as(form + " required").isTrue();
                    assertThat(field.path("properties").path("sentWhen").asText()).as(form + " sentWhen")
                            .matches("[A-Za-z]+=[A-Za-z-]+");
                }
            }
        }
        assertThat(found).as("forms where staff write a response letter").isGreaterThanOrEqualTo(2);
    }

    private static List<Path> forms() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            return files.filter(f -> f.toString().endsWith(".form")).sorted().toList();
        }
    }

    private static void collectTicks(String form, JsonNode node, List<String> ticks) {
        for (JsonNode component : node.path("components")) {
            String type = component.path("type").asText();
            if (type.equals("checkbox") || type.equals("radio") || type.equals("select")) {
                List<String> labels = new ArrayList<>(List.of(component.path("label").asText()));
                component.path("values").forEach(value -> labels.add(value.path("label").asText()));
                if (labels.stream().anyMatch(label -> SENT_TICK.matcher(label.strip()).find())) {
                    ticks.add(form + ": " + component.path("key").asText());
                }
            }
            collectTicks(form, component, ticks);
        }
    }
}
