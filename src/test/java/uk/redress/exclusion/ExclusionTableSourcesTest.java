package uk.redress.exclusion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every row of every council's exclusion table says where it comes from: the council's document and its section
 * (or heading), or, where the document is silent, that the row is an Assumption. A bare "Seed 001" on a row the
 * document does not contain (the county's "repeat" and "ombudsman" rows once) passes an invented rule off as the
 * council's.
 */
class ExclusionTableSourcesTest {

    private static final Pattern RULE = Pattern.compile("<rule id=\"([^\"]+)\">\\s*<description>([^<]*)</description>");
    private static final Pattern CITED = Pattern.compile(
            "(?:Seed \\d{3} (?:section|sections|Appendix|guidance|stage|\\d|\\()|Complaint Handling Code \\d).*",
            Pattern.DOTALL);

    @Test
    void everyRow_citesItsSectionOrIsMarkedAnAssumption() throws IOException {
        List<String> uncited = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("processes"))) {
            for (Path table : files.filter(f -> f.toString().endsWith("-exclusions.dmn")).sorted().toList()) {
                Matcher rule = RULE.matcher(Files.readString(table));
                while (rule.find()) {
                    String source = rule.group(2).trim();
                    if (!CITED.matcher(source).matches() && !source.startsWith("Assumption:")) {
                        uncited.add(table.getFileName() + " " + rule.group(1) + ": '" + source + "'");
                    }
                }
            }
        }
        assertThat(uncited).isEmpty();
    }
}
