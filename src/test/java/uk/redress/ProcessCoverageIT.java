package uk.redress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * Runs after the process tests ({@code ./mvnw verify}, failsafe phase) and reads the coverage reports they
 * wrote: every executable diagram under {@code processes/} must be run by some {@code *ProcessTest} class, and
 * its flow nodes and sequence flows must be at least 95% covered across them.
 */
class ProcessCoverageIT {

    private static final double REQUIRED = 0.95;
    private static final Path REPORTS = Path.of("target", "process-test-coverage");
    private static final Pattern EXECUTABLE_PROCESS = Pattern.compile(
            "<bpmn:process id=\"([^\"]+)\"[^>]*isExecutable=\"true\"");

    @Test
    void everyDiagramIsCoveredAtLeast95Percent() throws IOException {
        Map<String, Integer> totals = new HashMap<>();
        Map<String, Set<String>> covered = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> dirs = Files.list(REPORTS)) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().endsWith("ProcessTest")).toList()) {
                JsonNode report = json.readTree(dir.resolve("report.json").toFile());
                report.get("models").forEach(m -> totals.put(m.get("key").asText(), m.get("totalElementCount").asInt()));
                for (JsonNode suite : report.get("suites")) {
                    for (JsonNode run : suite.get("runs")) {
                        for (JsonNode event : run.get("events")) {
                            covered.computeIfAbsent(event.get("modelKey").asText(), k -> new HashSet<>())
                                    .add(event.get("definitionKey").asText());
                        }
                    }
                }
            }
        }

        Map<String, String> coverage = new TreeMap<>();
        for (String key : diagramKeys()) {
            assertThat(totals).as("diagram %s is run by a *ProcessTest class", key).containsKey(key);
            double ratio = covered.getOrDefault(key, Set.of()).size() / (double) totals.get(key);
            coverage.put(key, "%.1f%%".formatted(ratio * 100));
            assertThat(ratio).as("coverage of %s", key).isGreaterThanOrEqualTo(REQUIRED);
        }
        System.out.println("Process test coverage (flow nodes and sequence flows): " + coverage);
    }

    private static List<String> diagramKeys() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("processes"))) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).flatMap(f -> {
                try {
                    Matcher m = EXECUTABLE_PROCESS.matcher(Files.readString(f));
                    return m.results().map(r -> r.group(1)).toList().stream();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }
}
