package uk.redress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Camunda's internals ({@code ...engine.impl}, {@code ...webapp.impl}) are used in one package only,
 * {@code uk.redress.engine}, so moving to another build of the engine (Operaton) touches that package alone.
 */
class EngineBoundaryTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path ENGINE = MAIN.resolve("uk/redress/engine");

    @Test
    void engineInternals_areUsedOnlyInTheEnginePackage() throws IOException {
        List<String> outside;
        try (Stream<Path> files = Files.walk(MAIN)) {
            outside = files.filter(file -> file.toString().endsWith(".java")).filter(file -> !file.startsWith(ENGINE))
                    .filter(EngineBoundaryTest::usesInternals).map(Path::toString).toList();
        }
        assertThat(outside).as("main code using Camunda internals outside uk.redress.engine").isEmpty();
    }

    private static boolean usesInternals(Path file) {
        try {
            String text = Files.readString(file);
            return text.contains("org.camunda.bpm.engine.impl.") || text.contains("org.camunda.bpm.webapp.impl.");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
