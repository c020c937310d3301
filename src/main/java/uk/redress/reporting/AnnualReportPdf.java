package uk.redress.reporting;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import uk.redress.notification.XhtmlPdf;

/**
 * The annual report as a PDF for the governing body's papers: the same document as the page
 * ({@code complaints/reports/annual-document}, written as well-formed XHTML so the PDF renderer can read it), with
 * everything staff typed escaped by Thymeleaf.
 */
@Component
class AnnualReportPdf {

    private final ITemplateEngine templates;

    AnnualReportPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(Map<String, Object> model) {
        String html = templates.process("complaints/reports/annual-document", new Context(java.util.Locale.UK, model));
        return XhtmlPdf.render(html, "The annual report");
    }
}
