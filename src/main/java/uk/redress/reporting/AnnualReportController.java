package uk.redress.reporting;

import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.redress.calendar.WorkingDayCalendar;
import uk.redress.problem.InvalidInput;

/** The annual report as a page and as a PDF, for the procedures the signed-in member of staff may read. */
@Controller
class AnnualReportController {

    private final AnnualReport report;
    private final AnnualReportPdf pdf;
    private final WorkingDayCalendar calendar;

    AnnualReportController(AnnualReport report, AnnualReportPdf pdf, WorkingDayCalendar calendar) {
        this.report = report;
        this.pdf = pdf;
        this.calendar = calendar;
    }

    @GetMapping("/complaints/reports/annual")
    String page(@RequestParam(required = false) String year, @RequestParam(required = false) String council,
                Model model) {
        model.addAllAttributes(report.model(year(year), blank(council)));
        return "complaints/reports/annual";
    }

    @GetMapping("/complaints/reports/annual.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String year,
                               @RequestParam(required = false) String council) {
        int financialYear = year(year);
        Map<String, Object> model = report.model(financialYear, blank(council));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("complaints-annual-report-" + financialYear + ".pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(pdf.render(model));
    }

    private int year(String text) {
        if (text == null || text.isBlank()) {
            return AnnualReport.lastEnded(calendar.today());
        }
        try {
            int year = Integer.parseInt(text.strip());
            if (year >= 2000 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw InvalidInput.of("year", "Enter the year the financial year starts in, for example 2026");
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
