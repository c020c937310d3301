package uk.redress.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import uk.redress.calendar.WorkingDayCalendar;
import uk.redress.workspace.Wording;

/**
 * The dashboard's figures as tables: received by channel and by stage, answered within the deadline, working days
 * to respond (average and 90th percentile), outcomes per stage, escalation from stage to stage, exclusions by ground,
 * open complaints by age and what is overdue now.
 */
@Component
class Dashboard {

    /** Age bands of open complaints, in working days since receipt: up to 10, 11-20, 21-40, 41-65, more. */
    static final int[] AGE_BANDS = {10, 20, 40, 65};

    private final FigureQueries queries;
    private final Wording wording;
    private final WorkingDayCalendar calendar;

    Dashboard(FigureQueries queries, Wording wording, WorkingDayCalendar calendar) {
        this.queries = queries;
        this.wording = wording;
        this.calendar = calendar;
    }

    List<ReportTable> tables(FigureQueries.Scope scope) {
        return tables(scope, queries.stageTally(scope));
    }

    /** The tables, from the period's stages already counted (the annual report reads them for a figure of its own). */
    List<ReportTable> tables(FigureQueries.Scope scope, StageTally stages) {
        return List.of(
                counted("received-by-channel", "Complaints received, by how they came in", "How received",
                        "Complaints", queries.receivedByChannel(scope)),
                counted("received-by-stage", "Stages started", "Stage", "Complaints", stages.entered()),
                timeliness(stages),
                outcomes(stages),
                escalation(stages),
                counted("exclusions", "Complaints excluded, by ground", "Ground", "Complaints",
                        stages.exclusionsByGround()),
                openByAge(scope),
                counted("overdue", "Deadlines overdue now (complaints open now, whenever received)", "Deadline",
                        "Overdue", queries.overdueNow(scope, calendar.today())));
    }

    private ReportTable counted(String id, String caption, String heading, String counted, Map<String, Long> counts) {
        List<List<String>> rows = counts.entrySet().stream()
                .map(e -> List.of(wording.words(e.getKey()), String.valueOf(e.getValue()))).toList();
        return new ReportTable(id, caption, List.of(heading, counted), rows, "1");
    }

    private ReportTable timeliness(StageTally stages) {
        List<List<String>> rows = new ArrayList<>();
        stages.timeliness().forEach((stage, answers) -> rows.add(List.of(wording.words(stage),
                String.valueOf(answers.answered()), String.valueOf(answers.onTime()),
                String.valueOf(answers.onTimeExtended()), String.valueOf(answers.late()),
                percent(answers.onTime() + answers.onTimeExtended(), answers.answered()),
                oneDecimal(answers.averageDays()), String.valueOf(answers.percentile90Days()))));
        return new ReportTable("timeliness", "Responses within the deadline, and working days to respond",
                List.of("Stage", "Answered", "Within the deadline", "Within an extended deadline", "Late",
                        "Share on time", "Average working days", "90th percentile working days"), rows, "2,3,4");
    }

    private ReportTable outcomes(StageTally stages) {
        List<String> headings = new ArrayList<>(List.of("Stage"));
        Arrays.stream(Outcome.values()).map(wording::words).forEach(headings::add);
        List<List<String>> rows = stages.outcomes().entrySet().stream().map(e -> {
            List<String> cells = new ArrayList<>(List.of(stageName(e.getKey())));
            Arrays.stream(Outcome.values())
                    .map(outcome -> String.valueOf(e.getValue().getOrDefault(outcome.name(), 0L))).forEach(cells::add);
            return List.copyOf(cells);
        }).toList();
        return new ReportTable("outcomes", "Outcomes, by stage", headings, rows, "1,2,3,4,5,6,7,8");
    }

    private ReportTable escalation(StageTally stages) {
        Map<String, Long> entered = stages.entered();
        List<List<String>> rows = new ArrayList<>();
        for (int stage = 1; stage <= 2; stage++) {
            long from = entered.getOrDefault("stage" + stage, 0L);
            long to = entered.getOrDefault("stage" + (stage + 1), 0L);
            rows.add(List.of("Stage " + stage + " to stage " + (stage + 1), String.valueOf(from), String.valueOf(to),
                    percent(to, from)));
        }
        return new ReportTable("escalation", "Escalation from stage to stage",
                List.of("Step", "Complaints at the earlier stage", "Went on to the next", "Escalation rate"), rows, null);
    }

    private ReportTable openByAge(FigureQueries.Scope scope) {
        long[] bands = new long[AGE_BANDS.length + 1];
        LocalDate today = calendar.today();
        for (LocalDate received : queries.openReceivedOn(scope)) {
            bands[band(calendar.workingDaysBetween(received, today))]++;
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < bands.length; i++) {
            String label = i == 0 ? "Up to " + AGE_BANDS[0] : i == AGE_BANDS.length ? "More than " + AGE_BANDS[i - 1]
                    : (AGE_BANDS[i - 1] + 1) + " to " + AGE_BANDS[i];
            rows.add(List.of(label + " working days", String.valueOf(bands[i])));
        }
        return new ReportTable("open-by-age", "Complaints waiting for an answer now, by working days since received (whenever received)",
                List.of("Age", "Complaints"), rows, "1");
    }

    static int band(int workingDays) {
        for (int i = 0; i < AGE_BANDS.length; i++) {
            if (workingDays <= AGE_BANDS[i]) {
                return i;
            }
        }
        return AGE_BANDS.length;
    }

    static String percent(long part, long whole) {
        return whole == 0 ? "-" : Math.round(100.0 * part / whole) + "%";
    }

    private String stageName(String stage) {
        return StageRecords.BEFORE_STAGES.equals(stage) ? "Before stage 1 (screening)" : wording.words(stage);
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.UK, "%.1f", value);
    }
}
