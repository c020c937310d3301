package uk.redress.document;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A kept document as a download, never shown inline: a document is whatever someone sent, so the browser is told
 * not to guess its type and not to run anything in it. For the API and the staff workspace alike.
 */
public final class DocumentDownloads {

    private DocumentDownloads() {
    }

    public static ResponseEntity<byte[]> attachment(ComplaintDocument document) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.getFileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .body(document.getContent());
    }
}
