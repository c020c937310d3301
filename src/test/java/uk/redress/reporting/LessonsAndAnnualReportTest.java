package uk.redress.reporting;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.redress.complaint.Channel;
import uk.redress.complaint.Complaint;
import uk.redress.ombudsman.OmbudsmanEnquiries;
import uk.redress.ombudsman.OmbudsmanEnquiryRequest;
import uk.redress.workspace.StaffSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lessons learnt (actions promised, marked done only by the complaint's own team), the Ombudsman's figures as the
 * annual review letter gives them, and the annual report as a page and a PDF, for the financial year 2033 to 2034.
 */
class LessonsAndAnnualReportTest extends ReportingTest {

    static final String AREA = "Parks (lessons test)";
    static final String GENERAL = "warwickshire-general";
    static final LocalDate FROM = LocalDate.of(2033, 4, 1);
    static final LocalDate TO = LocalDate.of(2034, 3, 31);

    @Autowired
    OmbudsmanEnquiries enquiries;
    @Autowired
    ImprovementActionRepository actions;
    @Autowired
    AnnualReport annualReport;
    @Autowired
    AnnualReportPdf pdf;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LessonsFigures figures;

    @Test
    void actionsAndOmbudsmanFigures_matchWhatHappened_andTheAnnualReportCarriesThem() throws IOException {
        ReportingYear year = year(AREA);
        String[] decisions = {"no-fault", "fault-remedy", "fault-no-injustice", "not-investigated"};
        for (int i = 0; i < 4; i++) {
            LocalDate received = calendar.addWorkingDays(FROM.plusMonths(i), 1);
            Complaint complaint = year.receive(GENERAL, received, Channel.EMAIL, received);
            year.respond(complaint, "stage1", received, 5, 10, null, "upheld", true);
            LocalDate asked = calendar.addWorkingDays(received, 30);
            ReportingYear.at(asked);
            enquiries.receive(complaint, new OmbudsmanEnquiryRequest(asked, "33 000 00" + i,
                    calendar.addWorkingDays(asked, 20)));
            // the second reply goes a day late
            ReportingYear.at(calendar.addWorkingDays(asked, i == 1 ? 21 : 10));
            year.complete(complaint, "Task_ReplyToOmbudsman", Map.of("ombudsmanReplySummary", "Our file"));
            LocalDate decided = calendar.addWorkingDays(asked, 40);
            ReportingYear.at(decided);
            year.complete(complaint, "Task_RecordDecision", Map.of("ombudsmanDecision", decisions[i],
                    "ombudsmanDecisionOn", decided.toString(), "ombudsmanDecisionSummary", "Decided",
                    "remediedByCouncil", i == 2));
            if (i == 1) {
                year.complete(complaint, "Task_RecordRemedy", Map.of("remedyDescription", "Apologise",
                        "remedyDueOn", calendar.addWorkingDays(decided, 10).toString(), "anotherRemedy", true));
                year.complete(complaint, "Task_RecordRemedy", Map.of("remedyDescription", "Pay 200 pounds",
                        "remedyDueOn", calendar.addWorkingDays(decided, 5).toString(), "anotherRemedy", false));
                // both delivered 8 working days after the decision: the apology on time, the payment late
                ReportingYear.at(calendar.addWorkingDays(decided, 8));
                processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(complaint.getReference())
                        .taskDefinitionKey("Task_DeliverRemedy").list().forEach(task -> processEngine.getTaskService()
                                .complete(task.getId(), Map.of("remedyEvidence", "Sent")));
            }
        }
        clockAt(LocalDate.of(2034, 6, 1));
        signInAs("auditors", "auditors");
        FigureQueries.Scope scope = FigureQueries.Scope.of(List.of(GENERAL, "harborough-corporate"),
                new ReportFilters(null, null, FROM, TO, AREA));
        assertThat(figures.ombudsman(scope).rows()).containsExactly(
                List.of("Enquiries from the Ombudsman", "4", "-"),
                List.of("Replies sent by the Ombudsman's date", "3", "75%"),
                List.of("Decisions", "4", "-"),
                List.of("Not investigated", "1", "-"),
                List.of("Investigated in detail", "3", "-"),
                List.of("No fault found", "1", "-"),
                List.of("Complaints upheld (fault found)", "2", "67%"),
                List.of("Upheld: satisfactory remedy provided by the council before the Ombudsman", "1", "50%"),
                List.of("Remedies due in the period", "2", "-"),
                List.of("Remedies delivered on time", "1", "50%"),
                List.of("Remedies delivered late or overdue", "1", "50%"));

        // eight actions promised (two a response); one marked done, by the complaint's own team only
        List<ImprovementAction> promised = actions.findByProcedureInAndAgreedOnBetweenOrderByServiceAreaAscAgreedOnAsc(
                List.of(GENERAL), FROM, TO).stream().filter(a -> a.getServiceArea().equals(AREA)).toList();
        assertThat(promised).hasSize(8);
        String done = "/complaints/reports/actions/" + promised.get(0).getId() + "/done";
        String lessons = "/complaints/reports/lessons?from=" + FROM + "&to=" + TO;
        assertThat(StaffSession.signedIn(port, "harborough-complaints-officers").submit(lessons, done, List.of())
                .status()).isEqualTo(404);
        assertThat(StaffSession.signedIn(port, "auditors").submit(lessons, done, List.of()).status()).isEqualTo(403);
        assertThat(actions.findById(promised.get(0).getId()).orElseThrow().getCompletedOn()).isNull();
        StaffSession officer = StaffSession.signedIn(port, "warwickshire-service-officers");
        assertThat(officer.submit(lessons, done, List.of()).status()).isEqualTo(302);
        assertThat(actions.findById(promised.get(0).getId()).orElseThrow().getCompletedOn())
                .isEqualTo(LocalDate.of(2034, 6, 1));
        assertThat(figures.actionsByService(scope).rows()).containsExactly(List.of(AREA, "8", "1", "0", "7", "7"));
        assertThat(officer.get(lessons).body()).contains("Resurface the road").contains(AREA);
        assertThat(StaffSession.signedIn(port, "harborough-complaints-officers").get(lessons).body())
                .doesNotContain(AREA).doesNotContain("Resurface the road");

        // the annual report for 2033 to 2034, as a page and a PDF
        String page = StaffSession.signedIn(port, "auditors").get("/complaints/reports/annual?year=2033").body();
        assertThat(page).contains("Annual complaints performance and service improvement report, 2033 to 2034")
                .contains("Resurface the road").contains("The governing body").contains("Complaints upheld (fault found)")
                // the self-assessment against the Code, for the procedures the report covers
                .contains("3. Our procedures against the Complaint Handling Code", "id=\"code-warwickshire-general\"");
        assertThat(StaffSession.signedIn(port, "auditors").get("/complaints/reports/annual?year=2033&council=warwickshire")
                .body()).contains("id=\"code-warwickshire-general\"").doesNotContain("id=\"code-harborough-corporate\"");
        assertThat(StaffSession.signedIn(port, "auditors").get("/complaints/reports/annual?year=20x3").status())
                .isEqualTo(400);
        assertThat(StaffSession.signedIn(port, "auditors").get("/complaints/reports/annual.pdf?year=2033").body())
                .startsWith("%PDF");
        try (PDDocument document = Loader.loadPDF(pdf.render(annualReport.model(2033, "warwickshire")))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Annual complaints performance and service improvement report, 2033 to 2034")
                    .contains("Resurface the road").contains("Complaints upheld (fault found) 2 67%")
                    .contains("The governing body's response").contains("Our procedures against the Complaint Handling Code");
        }
        // requests to escalate refused are counted at whichever stage they were refused (one at 1, one at 2)
        long refused = (Long) annualReport.model(2033, "warwickshire").get("refusedEscalations");
        for (String stage : List.of("stage1", "stage2")) {
            jdbc.update("insert into complaint_stage (id, complaint_reference, procedure, stage, service_area, channel,"
                    + " received_on, started_on, extended, outcome, remedy_apology, remedy_action, version) values"
                    + " (?, ?, ?, ?, ?, 'EMAIL', ?, ?, false, 'REFUSED_ESCALATION', false, false, 0)",
                    stage.equals("stage1") ? -1801L : -1802L, "WAR-REFUSED-" + stage, GENERAL, stage, AREA,
                    FROM.plusMonths(2), FROM.plusMonths(2));
        }
        assertThat(annualReport.model(2033, "warwickshire").get("refusedEscalations")).isEqualTo(refused + 2);
        assertThat(annualReport.model(2033, "harborough").get("refusedEscalations")).isEqualTo(0L);
        assertThat(StaffSession.signedIn(port, "harborough-complaints-officers")
                .get("/complaints/reports/annual?year=2033").body()).doesNotContain("Resurface the road");
    }
}
