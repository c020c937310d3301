package uk.redress.benchmark;

import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Counts the SQL statements and commits that go through a data source (datasource-proxy), so that the benchmark can
 * say how much database work Redress does per intake and per lifecycle next to the bare engine: the profile behind
 * the throughput ratios. A statement in a JDBC batch counts as one statement.
 */
final class StatementCounter {

    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong commits = new AtomicLong();
    /** The benchmark's own thread, whose polling (are the letters out yet?) is not Redress's work. */
    private volatile Thread ignored;

    void ignore(Thread thread) {
        ignored = thread;
    }

    DataSource wrap(DataSource dataSource) {
        return ProxyDataSourceBuilder.create("counted", dataSource)
                .listener(new QueryExecutionListener() {
                    @Override
                    public void beforeQuery(net.ttddyy.dsproxy.ExecutionInfo info,
                                            java.util.List<net.ttddyy.dsproxy.QueryInfo> queries) {
                    }

                    @Override
                    public void afterQuery(net.ttddyy.dsproxy.ExecutionInfo info,
                                           java.util.List<net.ttddyy.dsproxy.QueryInfo> queries) {
                        if (Thread.currentThread() == ignored) {
                            return;
                        }
                        statements.addAndGet(info.isBatch() ? info.getBatchSize() : queries.size());
                    }
                })
                .afterMethod(context -> {
                    if (Thread.currentThread() != ignored && context.getTarget() instanceof Connection && context.getMethod().getName().equals("commit")) {
                        commits.incrementAndGet();
                    }
                })
                .build();
    }

    /** Statements and commits so far. */
    long[] snapshot() {
        return new long[] {statements.get(), commits.get()};
    }

    /** Statements and commits since {@code before}, per unit of work. */
    double[] perUnit(long[] before, int units) {
        return new double[] {(statements.get() - before[0]) / (double) units,
                (commits.get() - before[1]) / (double) units};
    }
}
