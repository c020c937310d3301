package uk.redress.document;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.redress.problem.NotFound;
import uk.redress.security.ComplaintLookup;

/** The documents kept with a complaint, for the staff who may read it (another procedure's: not found). */
@RestController
@RequestMapping("/api/complaints/{reference}/documents")
class DocumentController {

    private final ComplaintDocumentRepository documents;
    private final ComplaintLookup complaints;

    DocumentController(ComplaintDocumentRepository documents, ComplaintLookup complaints) {
        this.documents = documents;
        this.complaints = complaints;
    }

    record DocumentView(String id, String fileName, String contentType, long sizeBytes, String addedAt,
                        ComplaintDocument.AddedBy addedBy) {
    }

    @GetMapping
    @Transactional(readOnly = true)
    List<DocumentView> list(@PathVariable String reference) {
        complaints.readable(reference);
        return documents.findByComplaintReferenceOrderByAddedAtAsc(reference).stream()
                .map(d -> new DocumentView(d.getId(), d.getFileName(), d.getContentType(), d.getSizeBytes(),
                        d.getAddedAt().toString(), d.getAddedBy()))
                .toList();
    }

    /** Always a download, never shown inline ({@link DocumentDownloads}). */
    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> download(@PathVariable String reference, @PathVariable String id) {
        complaints.readable(reference);
        ComplaintDocument document = documents.findById(id)
                .filter(d -> d.getComplaintReference().equals(reference))
                .orElseThrow(() -> new NotFound("No document " + id + " on complaint " + reference));
        return DocumentDownloads.attachment(document);
    }
}
