package uk.redress.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.redress.complaint.Channel;
import uk.redress.complaint.Complaint;
import uk.redress.workspace.StaffSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A year of complaints (April 2031 to March 2032) across three procedures of two councils, driven through their
 * diagrams with the engine clock moved, and every dashboard figure checked against the test's own tally. Its
 * complaints have a service area of their own, so other tests' complaints in the same database do not count.
 */
class ReportFiguresTest extends ReportingTest {

    static final LocalDate FROM = LocalDate.of(2031, 4, 1);
    static final LocalDate TO = LocalDate.of(2032, 3, 31);
    static final LocalDate NOW = LocalDate.of(2032, 4, 20);
    static final String GENERAL = "warwickshire-general";
    static final String ADULTS = "warwickshire-adult-social-care";
    static final String HARBOROUGH = "harborough-corporate";

    @Autowired
    ReportScope scope;
    @Autowired
    Dashboard dashboard;
    @Autowired
    ImprovementActionRepository actions;
    @Autowired
    uk.redress.workspace.Wording wording;

    @Test
    void aYearOfComplaints_everyDashboardFigureMatchesTheTally_andAnotherCouncilSeesNone() {
        ReportingYear year = build();
        clockAt(NOW);
        signInAs("auditors", "auditors");
        Map<String, ReportTable> tables = tables(ReportFilters.parse(null, null, FROM.toString(), TO.toString(),
                ReportingYear.AREA, NOW).filters());

        assertThat(column(tables.get("received-by-channel"), 1)).isEqualTo(year.channels.entrySet().stream()
                .collect(Collectors.toMap(e -> words(e.getKey()), e -> e.getValue().toString())));
        assertThat(column(tables.get("received-by-stage"), 1)).isEqualTo(year.stagesEntered.entrySet().stream()
                .collect(Collectors.toMap(e -> words(e.getKey()), e -> e.getValue().toString())));

        for (String stage : List.of("stage1", "stage2")) {
            List<String> row = tables.get("timeliness").rows().stream()
                    .filter(r -> r.get(0).equals(words(stage))).findFirst().orElseThrow();
            List<Integer> days = new ArrayList<>(year.workingDays.get(stage));
            Collections.sort(days);
            long[] counted = year.timeliness.get(stage);
            assertThat(row.subList(1, 5)).as(stage).containsExactly(String.valueOf(days.size()),
                    String.valueOf(counted[0]), String.valueOf(counted[1]), String.valueOf(counted[2]));
            double average = days.stream().mapToInt(Integer::intValue).average().orElseThrow();
            assertThat(row.get(6)).as(stage + " average").isEqualTo(String.format(java.util.Locale.UK, "%.1f", average));
            // nearest rank: the ceil(0.9 n)-th smallest
            assertThat(row.get(7)).as(stage + " 90th percentile")
                    .isEqualTo(String.valueOf(days.get((int) Math.ceil(0.9 * days.size()) - 1)));
        }

        Map<String, List<String>> outcomes = rows(tables.get("outcomes"));
        year.outcomes.forEach((stage, counts) -> {
            List<String> row = outcomes.get(stage.equals("received") ? "Before stage 1 (screening)" : words(stage));
            for (Outcome outcome : Outcome.values()) {
                assertThat(row.get(1 + outcome.ordinal())).as(stage + " " + outcome)
                        .isEqualTo(String.valueOf(counts.getOrDefault(outcome, 0L)));
            }
        });
        assertThat(outcomes).hasSize(year.outcomes.size());

        long stage1 = year.stagesEntered.get("stage1");
        long stage2 = year.stagesEntered.get("stage2");
        assertThat(rows(tables.get("escalation")).get("Stage 1 to stage 2")).containsExactly("Stage 1 to stage 2",
                String.valueOf(stage1), String.valueOf(stage2), Math.round(100.0 * stage2 / stage1) + "%");
        assertThat(column(tables.get("exclusions"), 1)).isEqualTo(Map.of("Older than 12 months",
                String.valueOf(year.excludedOldComplaints)));
        // three open: received 1, 15 and 31 March 2032; on 20 April 2032 that is 34, 24 and 14 working days (Good Friday
        // and Easter Monday are 26 and 29 March); all three stage 1 clocks (10 working days) have run out
        assertThat(column(tables.get("open-by-age"), 1)).containsEntry("11 to 20 working days", "1")
                .containsEntry("21 to 40 working days", "2").containsEntry("Up to 10 working days", "0");
        assertThat(column(tables.get("overdue"), 1)).isEqualTo(Map.of("Stage 1 response", "3"));
        assertThat(actions.findByProcedureInAndAgreedOnBetweenOrderByServiceAreaAscAgreedOnAsc(List.of(GENERAL),
                FROM, TO.plusMonths(3)).stream().filter(a -> a.getServiceArea().equals(ReportingYear.AREA)))
                .hasSize((int) year.actionsOwed);

        // Harborough's staff see only Harborough's excluded complaints, whatever they ask for
        signInAs("harborough-complaints-officers", "harborough-complaints-officers");
        Map<String, ReportTable> harborough = tables(ReportFilters.parse(null, null, FROM.toString(), TO.toString(),
                ReportingYear.AREA, NOW).filters());
        assertThat(column(harborough.get("received-by-channel"), 1)).isEqualTo(Map.of("Post",
                String.valueOf(year.excludedOldComplaints)));
        assertThat(harborough.get("received-by-stage").rows()).isEmpty();
        assertThat(harborough.get("overdue").rows()).isEmpty();
        assertThat(tables(ReportFilters.parse("warwickshire", GENERAL, FROM.toString(), TO.toString(),
                ReportingYear.AREA, NOW).filters()).values()).allMatch(t -> t.rows().stream()
                .allMatch(r -> r.subList(1, r.size()).stream().allMatch(c -> c.equals("0") || c.equals("-"))));

        pagesAndDownloads(year);
    }

    /** Over HTTP: the page and the complaint-level CSV, as the right council, another council, and nobody. */
    private void pagesAndDownloads(ReportingYear year) {
        String query = "?from=" + FROM + "&to=" + TO + "&serviceArea=Highways+%28reports+test%29";
        StaffSession warwickshire = StaffSession.signedIn(port, "auditors");
        String csv = warwickshire.get("/complaints/reports/stages.csv" + query).body();
        long stages = year.stagesEntered.values().stream().mapToLong(Long::longValue).sum();
        assertThat(csv.lines().count()).isEqualTo(1 + stages + year.excludedOldComplaints);
        assertThat(year.names).noneMatch(csv::contains);
        assertThat(csv).contains("older-than-12-months").doesNotContain("@example.org").doesNotContain("Report Road");
        assertThat(warwickshire.get("/complaints/reports" + query).body()).contains("Complaints reports")
                .contains("Older than 12 months")
                .as("the model procedure is not named as if it were a council")
                .contains(">Model procedure (Ombudsman&#39;s Complaint Handling Code)<").doesNotContain("Lgsco");

        StaffSession harborough = StaffSession.signedIn(port, "harborough-complaints-officers");
        String theirs = harborough.get("/complaints/reports/stages.csv" + query + "&procedure=" + GENERAL).body();
        assertThat(theirs.lines().count()).isEqualTo(1);
        assertThat(harborough.get("/complaints/reports/stages.csv" + query).body()).doesNotContain("WCC-");
        assertThat(harborough.get("/complaints/reports/received-by-channel.csv" + query).body())
                .isEqualTo("How received,Complaints\r\nPost," + year.excludedOldComplaints + "\r\n");
        assertThat(harborough.get("/complaints/reports" + query + "&from=2031-13-01").status()).isEqualTo(400);
        assertThat(StaffSession.anonymous(port).get("/complaints/reports" + query).status()).isEqualTo(302);
    }

    private ReportingYear build() {
        ReportingYear year = year(ReportingYear.AREA);
        Channel[] channels = {Channel.EMAIL, Channel.PHONE, Channel.ONLINE_FORM, Channel.POST};
        String[] findings = {"upheld", "partly-upheld", "not-upheld"};
        for (int month = 0; month < 12; month++) {
            LocalDate received = calendar.addWorkingDays(FROM.plusMonths(month), 1);
            Channel channel = channels[month % channels.length];
            // stage 1 of the general procedure, answered in 4 to 15 working days (due in 10; some extended to 15)
            Complaint general = year.receive(GENERAL, received, channel, received.minusDays(10));
            year.entered("stage1");
            int days = 4 + month;
            Integer extended = month % 3 == 2 ? 15 : null;
            year.respond(general, "stage1", received, days, 10, extended, findings[month % 3], month % 4 == 0);
            if (month % 2 == 0) {
                // half ask for stage 2: a review within 30 working days of the request, or a refusal
                LocalDate request = calendar.addWorkingDays(received, days + 3);
                year.escalate(general, request);
                year.entered("stage2");
                if (month % 4 == 0) {
                    year.complete(general, "Task_AssessStage2Request", Map.of("reviewDecision", "refuse",
                            "reviewDecisionReasons", "The answer was complete."));
                    year.ended("stage2", Outcome.REFUSED_ESCALATION);
                } else {
                    year.complete(general, "Task_AssessStage2Request", Map.of("reviewDecision", "accept",
                            "reviewDecisionReasons", "Missed a point."));
                    year.respond(general, "stage2", request, 20 + month, 30, null, findings[(month + 1) % 3], false);
                }
            }
            if (month % 3 == 0) {
                // adult social care: withdrawn during stage 1
                Complaint adults = year.receive(ADULTS, calendar.addWorkingDays(received, 1), Channel.PHONE, received);
                year.entered("stage1");
                year.withdraw(adults, calendar.addWorkingDays(received, 3));
                year.ended("stage1", Outcome.WITHDRAWN);
            }
            if (month % 4 == 1) {
                // Harborough: about something two years old, excluded at screening
                Complaint old = year.receive(HARBOROUGH, received, Channel.POST, received.minusYears(2));
                year.complete(old, "Task_ConfirmScreening", Map.of("screeningDecision", "exclude",
                        "screeningReason", "Two years old"));
                year.ended("received", Outcome.EXCLUDED);
                year.excludedOldComplaints++;
            }
        }
        for (String open : List.of("2032-03-01", "2032-03-15", "2032-03-31")) {
            // still open at stage 1 when the year ends
            year.receive(ADULTS, LocalDate.parse(open), Channel.EMAIL, LocalDate.parse(open));
            year.entered("stage1");
        }
        return year;
    }

    private Map<String, ReportTable> tables(ReportFilters filters) {
        return dashboard.tables(FigureQueries.Scope.of(scope.procedures(filters), filters)).stream()
                .collect(Collectors.toMap(ReportTable::id, Function.identity()));
    }

    private static Map<String, List<String>> rows(ReportTable table) {
        return table.rows().stream().collect(Collectors.toMap(r -> r.get(0), Function.identity()));
    }

    private static Map<String, String> column(ReportTable table, int column) {
        return table.rows().stream().collect(Collectors.toMap(r -> r.get(0), r -> r.get(column)));
    }

    private String words(String name) {
        return wording.words(name);
    }
}
