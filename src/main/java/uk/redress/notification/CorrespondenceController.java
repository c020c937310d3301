package uk.redress.notification;

import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.redress.complaint.Complaint;
import uk.redress.problem.NotFound;
import uk.redress.security.ComplaintLookup;

/** A complaint's correspondence log, and the printable PDF of a posted letter, for the procedure's staff. */
@RestController
@RequestMapping("/api/complaints/{reference}/correspondence")
class CorrespondenceController {

    private final ComplaintLookup complaints;
    private final CorrespondenceLog log;
    private final CorrespondenceRepository repository;
    private final LetterResend resend;

    CorrespondenceController(ComplaintLookup complaints, CorrespondenceLog log, CorrespondenceRepository repository,
                             LetterResend resend) {
        this.complaints = complaints;
        this.log = log;
        this.repository = repository;
        this.resend = resend;
    }

    /**
     * A letter that failed on every attempt (the mail server was down for hours) is sent again by someone who
     * works the complaint's procedure, once the cause is put right. It leaves at once; 409 when it has not failed.
     */
    @PostMapping(path = "/{id}/send-again", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CorrespondenceView> sendAgain(@PathVariable String reference, @PathVariable String id) {
        return ResponseEntity.accepted().body(CorrespondenceView.of(resend.sendAgain(complaints.workable(reference),
                id)));
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<CorrespondenceView> list(@PathVariable String reference) {
        Complaint complaint = complaints.readable(reference);
        return log.of(complaint.getReference()).stream().map(CorrespondenceView::of).toList();
    }

    @GetMapping(path = "/{id}/document", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> document(@PathVariable String reference, @PathVariable String id) {
        Complaint complaint = complaints.readable(reference);
        Correspondence row = repository.findById(id)
                .filter(found -> found.getComplaintReference().equals(complaint.getReference()))
                .filter(found -> found.getDocument() != null)
                .orElseThrow(() -> new NotFound("No printable letter " + id + " for complaint " + reference));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(complaint.getReference() + "-" + row.getLetter() + ".pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF).body(row.getDocument());
    }
}
