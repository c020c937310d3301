package uk.redress.benchmark;

import java.util.List;

/**
 * How much work each benchmark does. {@link #full()} is the suite the README's command runs (sizes can be changed
 * with -Dredress.benchmark.*); {@link #smoke()} is the seconds-long run in {@code ./mvnw verify} that only proves
 * the suite still works.
 */
record BenchmarkSizes(int lifecyclesPerThreadCount, int intakes, List<Integer> timers, List<Integer> openTasks,
                      int tasklistQueries, boolean startup, boolean quick) {

    static BenchmarkSizes full() {
        return new BenchmarkSizes(Integer.getInteger("redress.benchmark.lifecycles", 200),
                Integer.getInteger("redress.benchmark.intakes", 400),
                List.of(Integer.getInteger("redress.benchmark.timers.small", 1_000),
                        Integer.getInteger("redress.benchmark.timers.large", 20_000)),
                List.of(1_000, 10_000, Integer.getInteger("redress.benchmark.tasks.large", 20_000)),
                Integer.getInteger("redress.benchmark.queries", 200), true, false);
    }

    static BenchmarkSizes smoke() {
        return new BenchmarkSizes(4, 8, List.of(20, 60), List.of(20, 50, 100), 10, true, true);
    }
}
