package uk.redress.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures of one run: printed as a table and written to Markdown and CSV under {@code target/benchmark/}. */
final class BenchmarkResults {

    record Row(String benchmark, String measure, double value, String unit, String comparison, String target,
               String verdict) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final String setting;

    BenchmarkResults(String setting) {
        this.setting = setting;
    }

    void add(String benchmark, String measure, double value, String unit) {
        rows.add(new Row(benchmark, measure, value, unit, "", "", ""));
    }

    /** A figure compared with another, without a target. */
    void add(String benchmark, String measure, double value, String unit, String comparison) {
        rows.add(new Row(benchmark, measure, value, unit, comparison, "", ""));
    }

    /** A figure with a target: {@code met} says whether this run met it (reported, never asserted). */
    void add(String benchmark, String measure, double value, String unit, String comparison, String target,
             boolean met) {
        rows.add(new Row(benchmark, measure, value, unit, comparison, target, met ? "met" : "NOT met"));
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append("Redress benchmarks - ").append(setting).append('\n');
        out.append("| benchmark | measure | value | unit | compared | target | |\n");
        out.append("|---|---|---:|---|---|---|---|\n");
        for (Row row : rows) {
            out.append("| ").append(row.benchmark()).append(" | ").append(row.measure()).append(" | ")
                    .append(format(row.value())).append(" | ").append(row.unit()).append(" | ")
                    .append(row.comparison()).append(" | ").append(row.target()).append(" | ")
                    .append(row.verdict()).append(" |\n");
        }
        return out.toString();
    }

    void write(Path directory) {
        try {
            Files.createDirectories(directory);
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
            Files.writeString(directory.resolve("results.md"), "Run " + stamp + "\n\n" + table());
            StringBuilder csv = new StringBuilder("benchmark,measure,value,unit,compared,target,verdict\n");
            for (Row row : rows) {
                csv.append(String.join(",", quote(row.benchmark()), quote(row.measure()), format(row.value()),
                        quote(row.unit()), quote(row.comparison()), quote(row.target()), quote(row.verdict())))
                        .append('\n');
            }
            Files.writeString(directory.resolve("results.csv"), csv.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e12) {
            return String.format(Locale.ROOT, "%d", (long) value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.0f" : Math.abs(value) >= 10 ? "%.1f" : "%.3f",
                value);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
