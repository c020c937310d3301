package uk.redress.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

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
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The annual report could not be rendered to PDF", e);
        }
    }
}
