package uk.redress.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Part of {@code ./mvnw verify}: the benchmark suite at toy sizes, to prove it still runs end to end and writes its
 * report. It checks that every measure produced a figure, never how fast anything was.
 */
class BenchmarkSmokeIT {

    @Test
    void theSuiteRunsAndReportsEveryMeasure() throws Exception {
        BenchmarkResults results = new BenchmarkSuite(BenchmarkSizes.smoke()).run();

        assertThat(results.rows()).extracting(BenchmarkResults.Row::benchmark).contains("1 baseline (bare engine)",
                "2 Redress lifecycle", "3 intake alone", "4 timers at scale", "5 Tasklist at scale",
                "6 start-up and memory");
        assertThat(results.rows()).filteredOn(row -> !row.benchmark().startsWith("6"))
                .allSatisfy(row -> assertThat(row.value()).as(row.measure()).isPositive());
        assertThat(Files.readString(Path.of("target", "benchmark", "results.md"))).contains("| 5 Tasklist at scale |");
        assertThat(Files.readAllLines(Path.of("target", "benchmark", "results.csv"))).hasSize(results.rows().size() + 1);
    }

    @Test
    void theGrowthBenchmarkRunsAndReportsEveryFigureAtEveryLevel() throws Exception {
        var figures = new GrowthBenchmark(GrowthBenchmark.Sizes.smoke()).run();

        assertThat(figures.keySet()).contains("intake: SQL statements", "stage-1 lifecycle: ms (median)",
                "task completion: SQL statements", "Tasklist group query by due date: p95 ms",
                "complaints list: filter by team: p95 ms")
                .anyMatch(name -> name.startsWith("Tasklist filter"));
        assertThat(figures.values()).allSatisfy(values -> assertThat(values).hasSize(2).allMatch(value -> value > 0));
        assertThat(Files.readString(Path.of("target", "benchmark", "growth", "results.md")))
                .contains("| intake: SQL statements |");
    }
}
