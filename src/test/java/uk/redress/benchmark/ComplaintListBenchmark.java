package uk.redress.benchmark;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import uk.redress.RedressApplication;
import uk.redress.TestMailServer;

/**
 * The staff workspace's complaints list at 1,000 and 100,000 complaints, on H2 and (when
 * {@code REDRESS_BENCH_PG_URL} names a server) PostgreSQL, in one run: p50 and p95 of each kind of list page, as a
 * signed-in officer gets it over HTTP, and the ratio of the large to the small. The complaints are bulk-inserted
 * straight into Redress's tables (a fifth open, with a running clock and a task waiting for one of two teams; the
 * rest closed), half of them another council's, which the officer may not read. Prints a table and writes
 * {@code target/benchmark/list/results.md} and {@code .csv}; asserts nothing about speed.
 */
final class ComplaintListBenchmark {

    static final String SECTION = "8 complaints list";
    private static final Path OUT = Path.of("target", "benchmark");
    private static final String OFFICER = "harborough-complaints-officers";
    private static final String[] TEAMS = {"harborough-service-officers", "harborough-complaints-officers"};
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final List<Integer> sizes;
    private final int queries;
    private final String pgServer = System.getenv("REDRESS_BENCH_PG_URL");
    private final String pgUser = System.getenv().getOrDefault("REDRESS_BENCH_PG_USER", "postgres");

    ComplaintListBenchmark(List<Integer> sizes, int queries) {
        this.sizes = sizes;
        this.queries = queries;
    }

    static ComplaintListBenchmark full() {
        return new ComplaintListBenchmark(List.of(Integer.getInteger("redress.benchmark.list.small", 1_000),
                Integer.getInteger("redress.benchmark.list.large", 100_000)),
                Integer.getInteger("redress.benchmark.list.queries", 100));
    }

    /** Run outside Maven too (the README's command is the usual way): java -cp ... ComplaintListBenchmark. */
    public static void main(String[] args) throws Exception {
        full().run();
        System.exit(0);
    }

    BenchmarkResults run() throws Exception {
        FileSystemUtils.deleteRecursively(OUT.resolve("list-db"));
        BenchmarkResults results = new BenchmarkResults("H2 (file)" + (postgres() ? " and PostgreSQL" : "") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version"));
        TestMailServer.start();
        Path h2 = Files.createDirectories(OUT.resolve("list-db").toAbsolutePath());
        measure("H2", "jdbc:h2:file:" + h2.resolve("redress") + ";DB_CLOSE_ON_EXIT=FALSE", "sa", results);
        if (postgres()) {
            try (Connection connection = DriverManager.getConnection(pgServer + "postgres", pgUser, "");
                 Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists redress_bench_list");
                statement.execute("create database redress_bench_list");
            }
            measure("PostgreSQL", pgServer + "redress_bench_list", pgUser, results);
        }
        results.write(OUT.resolve("list"));
        System.out.println(results.table());
        return results;
    }

    private boolean postgres() {
        return pgServer != null && !pgServer.isBlank();
    }

    private void measure(String database, String url, String user, BenchmarkResults results) throws Exception {
        ConfigurableApplicationContext redress = new SpringApplicationBuilder(RedressApplication.class)
                .run(BenchmarkSuite.arguments(url, user));
        try {
            int port = Integer.parseInt(redress.getEnvironment().getProperty("local.server.port"));
            ComplaintRows rows = new ComplaintRows(redress.getBean(DataSource.class), redress.getBean(ProcessEngine.class),
                    redress.getBean(uk.redress.ownership.ComplaintProcesses.class));
            rows.deployTaskModel();
            Map<String, double[]> small = new LinkedHashMap<>();
            int filled = 0;
            for (int size : sizes) {
                rows.insert(filled, size);
                filled = size;
                if (database.equals("PostgreSQL")) {
                    try (Connection connection = redress.getBean(DataSource.class).getConnection();
                         Statement statement = connection.createStatement()) {
                        statement.execute("vacuum analyze"); // what autovacuum does after a bulk load
                    }
                }
                Officer officer = new Officer(port);
                for (Map.Entry<String, IntFunction<String>> kind : kinds(size).entrySet()) {
                    double[] p = percentiles(officer, kind.getValue());
                    String measure = database + ", " + size + " complaints, " + kind.getKey();
                    results.add(SECTION, measure + ": p50", p[0], "ms");
                    if (small.containsKey(kind.getKey())) {
                        double ratio = p[1] / small.get(kind.getKey())[1];
                        results.add(SECTION, measure + ": p95", p[1], "ms", "%.2fx the p95 at %d".formatted(ratio,
                                sizes.get(0)));
                    } else {
                        results.add(SECTION, measure + ": p95", p[1], "ms");
                        small.put(kind.getKey(), p);
                    }
                }
            }
        } finally {
            redress.close();
        }
    }

    /** Each kind of list page, the i-th query of it: varied so that no answer is simply cached. */
    private static Map<String, IntFunction<String>> kinds(int size) {
        Map<String, IntFunction<String>> kinds = new LinkedHashMap<>();
        // even-numbered rows are the officer's council's
        kinds.put("search by reference", i -> "q=" + ComplaintRows.reference(pick(size, i)));
        kinds.put("search by name", i -> "q=" + ComplaintRows.surname(pick(size, i)));
        kinds.put("search by postcode", i -> "q=" + enc(ComplaintRows.postcode(pick(size, i))));
        kinds.put("search by email", i -> "q=" + enc(ComplaintRows.email(pick(size, i))));
        kinds.put("filter by team", i -> "team=" + TEAMS[i % 2]);
        kinds.put("filter overdue", i -> "due=overdue");
        kinds.put("first page", i -> "page=1");
        kinds.put("deep page", i -> "page=" + (size / 2 / 25 - i % 3));
        return kinds;
    }

    private static int pick(int size, int i) {
        return (int) ((i * 7919L) % (size / 2)) * 2;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private double[] percentiles(Officer officer, IntFunction<String> query) throws Exception {
        for (int i = 0; i < 5; i++) {
            officer.list(query.apply(1_000 + i)); // warm-up
        }
        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < queries; i++) {
            String asked = query.apply(i);
            long start = System.nanoTime();
            String page = officer.list(asked);
            latencies.add((System.nanoTime() - start) / 1e6);
            if (!page.contains("id=\"result-count\"") || page.contains("<span>0</span> <span>complaints</span>")) {
                throw new IllegalStateException("no complaint listed for " + asked);
            }
        }
        Collections.sort(latencies);
        return new double[] {latencies.get(latencies.size() / 2),
                latencies.get((int) Math.ceil(latencies.size() * 0.95) - 1)};
    }

    /** An officer signed in to the workspace through its sign-in form, as a browser would. */
    private static final class Officer {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).build();
        private final String base;

        Officer(int port) throws Exception {
            this.base = "http://127.0.0.1:" + port;
            Matcher token = CSRF.matcher(get("/complaints/sign-in"));
            if (!token.find()) {
                throw new IllegalStateException("no sign-in form");
            }
            http.send(HttpRequest.newBuilder(URI.create(base + "/complaints/sign-in"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + OFFICER + "&password=" + OFFICER
                            + "&_csrf=" + enc(token.group(1)))).build(), HttpResponse.BodyHandlers.discarding());
        }

        String list(String query) throws Exception {
            return get("/complaints?" + query);
        }

        private String get(String path) throws Exception {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + ": " + response.statusCode());
            }
            return response.body();
        }
    }
}
