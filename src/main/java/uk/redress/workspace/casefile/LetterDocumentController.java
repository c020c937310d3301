package uk.redress.workspace.casefile;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.redress.complaint.Complaint;
import uk.redress.notification.Correspondence;
import uk.redress.notification.CorrespondenceRepository;
import uk.redress.problem.NotFound;
import uk.redress.security.ComplaintLookup;

/** The printable PDF of a posted letter, from the case page's timeline, for those who may read the complaint. */
@Controller
class LetterDocumentController {

    private final ComplaintLookup complaints;
    private final CorrespondenceRepository letters;

    LetterDocumentController(ComplaintLookup complaints, CorrespondenceRepository letters) {
        this.complaints = complaints;
        this.letters = letters;
    }

    @GetMapping("/complaints/{reference}/letters/{id}")
    ResponseEntity<byte[]> document(@PathVariable String reference, @PathVariable String id) {
        Complaint complaint = complaints.readable(reference);
        Correspondence letter = letters.findById(id)
                .filter(found -> found.getComplaintReference().equals(complaint.getReference()))
                .filter(found -> found.getDocument() != null)
                .orElseThrow(() -> new NotFound("No printable letter " + id + " for complaint " + reference));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(complaint.getReference() + "-" + letter.getLetter() + ".pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF).body(letter.getDocument());
    }
}
