package uk.redress.benchmark;

import org.junit.jupiter.api.Test;

/**
 * The full benchmark suite: {@code ./mvnw -Pbenchmark verify} (see the README's "Performance"). Not part of the
 * normal build; it prints its figures and writes them to {@code target/benchmark/}. It asserts nothing about speed.
 */
class RedressBenchmark {

    @Test
    void run() throws Exception {
        new BenchmarkSuite(BenchmarkSizes.full()).run();
    }

    /** The staff workspace's complaints list at 1,000 and 100,000 complaints ({@link ComplaintListBenchmark}). */
    @Test
    void complaintsList() throws Exception {
        ComplaintListBenchmark.full().run();
    }

    /** The cost of everyday work at 1,000, 2,000, 10,000 and 100,000 open tasks, in one run ({@link GrowthBenchmark}). */
    @Test
    void growth() throws Exception {
        new GrowthBenchmark(GrowthBenchmark.Sizes.full()).run();
    }
}
