package uk.redress.notification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/** Well-formed XHTML (a letter, a report) rendered to PDF for printing. */
public final class XhtmlPdf {

    private XhtmlPdf() {
    }

    /** {@code what} names the document in the error, e.g. "The letter". */
    public static byte[] render(String xhtml, String what) {
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(what + " could not be rendered to PDF", e);
        }
    }
}
