package uk.redress.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.junit.jupiter.api.Test;

/**
 * What one evaluation of each decision table Redress deploys costs as the table is written and with its "-" cells
 * taken as empty ({@link AnyValueCells}), in one run (turns alternate, so the machine's noise falls on both; both
 * share one JVM, so this is the warm cost). Not part of {@code ./mvnw verify}; prints figures and asserts nothing
 * about time:
 * <pre>./mvnw test -Dtest=DecisionTableBenchmark [-Dredress.benchmark.tables.rounds=5 -Dredress.benchmark.tables.evaluations=400]</pre>
 */
class DecisionTableBenchmark {

    @Test
    void measure() throws Exception {
        int rounds = Integer.getInteger("redress.benchmark.tables.rounds", 5);
        int perRound = Integer.getInteger("redress.benchmark.tables.evaluations", 400);
        String[] names = {"as written", "'-' as empty"};
        DmnEngine[] engines = {DecisionTables.engine(false), DecisionTables.engine(true)};
        System.out.println("TABLES: microseconds per evaluation (median of " + rounds + " rounds of " + perRound
                + ", turns alternating), and against the table as written:");
        for (Path table : DecisionTables.all()) {
            DmnModelInstance model = DecisionTables.read(table);
            List<Map<String, Object>> facts = DecisionTables.facts(model, perRound, 11);
            DmnDecision[] decisions = new DmnDecision[engines.length];
            for (int e = 0; e < engines.length; e++) {
                decisions[e] = engines[e].parseDecisions(model).get(0);
            }
            long[][] times = new long[engines.length][rounds];
            // a warm-up turn of each, then the measured turns
            for (int round = -1; round < rounds; round++) {
                for (int e = 0; e < engines.length; e++) {
                    long t = time(engines[e], decisions[e], facts);
                    if (round >= 0) {
                        times[e][round] = t;
                    }
                }
            }
            StringBuilder line = new StringBuilder(String.format("TABLES %-68s", table));
            double base = 0;
            for (int e = 0; e < engines.length; e++) {
                java.util.Arrays.sort(times[e]);
                double us = times[e][rounds / 2] / 1e3 / perRound;
                base = e == 0 ? us : base;
                line.append(String.format("  %s %7.1f (%.2fx)", names[e], us, us / base));
            }
            System.out.println(line);
        }
    }

    private static long time(DmnEngine engine, DmnDecision decision, List<Map<String, Object>> facts) {
        long start = System.nanoTime();
        for (Map<String, Object> one : facts) {
            engine.evaluateDecisionTable(decision, Variables.fromMap(one));
        }
        return System.nanoTime() - start;
    }
}
